// What common images do when a container gives no `command`: their ENTRYPOINT/CMD as published,
// reduced to what the simulation can observe (exit or serve, ports, log lines, size, start time).
//
// Conventions of the table:
// - Keys are repository names as `imageRepository` returns them: no registry host, no `library/`,
//   no tag or digest (`docker.io/library/nginx:1.27` and `nginx@sha256:...` are both `nginx`).
// - `logs` are printed when the container starts; `readyLogs` once a server accepts connections,
//   `startupMs` later. `{{FORMAT}}` in a line is the simulated time as `date +FORMAT` prints it.
// - Args without a command replace the image's CMD. Without an ENTRYPOINT (busybox, alpine,
//   ubuntu, python...) they are the whole command line and run through the shell subset. With an
//   ENTRYPOINT they are the server's own flags, so the table behaviour applies (nginx, redis...),
//   except where `program` names the command the entrypoint runs (curlimages/curl: args are curl's).
// - `stopSignal` is the image's STOPSIGNAL as its Dockerfile sets it (nginx and nginx-unprivileged
//   SIGQUIT, httpd SIGWINCH, postgres SIGINT); the others set none (SIGTERM), see docs/semantics.md.
// - Sizes are plausible compressed linux/amd64 sizes, used for the Pulled event.

/** How an image behaves when the container sets no command. */
export interface ImageBehaviour {
  description: string;
  /** 'exit': runs to completion at once; 'serve': runs until stopped. */
  behaviour: 'exit' | 'serve';
  exitCode?: number;
  /** Ports the server listens on once started. */
  ports: number[];
  /** Lines printed at start. */
  logs: string[];
  /** Lines printed when the server is ready (after startupMs). */
  readyLogs?: string[];
  entrypoint?: string[];
  cmd?: string[];
  /** Compressed size, for the Pulled event. */
  sizeBytes: number;
  /** Time from start until the server accepts connections. */
  startupMs?: number;
  /** The shell-subset command the entrypoint stands for: args become its arguments. */
  program?: string[];
  /** Environment the entrypoint insists on: without any of `anyOf` (non-empty) it prints `logs` and exits. */
  requiredEnv?: { anyOf: string[]; logs: string[]; exitCode: number };
  /** The image's STOPSIGNAL (e.g. `SIGQUIT`), which the runtime sends at stop instead of SIGTERM; absent: SIGTERM. */
  stopSignal?: string;
}

const shellImage = (description: string, cmd: string[], sizeBytes: number): ImageBehaviour => ({
  description: `${description}; its default command is a shell, which exits at once without a terminal`,
  behaviour: 'exit', exitCode: 0, ports: [], logs: [], cmd, sizeBytes,
});

const NGINX_LOGS = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
const NGINX_READY = ['using the "epoll" event method', 'nginx/1.27.3', 'start worker processes', 'start worker process 29']
  .map((m) => `{{%Y/%m/%d %H:%M:%S}} [notice] 1#1: ${m}`);

const REDIS_TIME = '{{%d %b %Y %H:%M:%S.%3N}}';
const PG_TIME = '{{%Y-%m-%d %H:%M:%S.%3N}} UTC';
const MYSQL_TIME = '{{%Y-%m-%dT%H:%M:%S.%6NZ}}';

/** The image table, keyed by repository (see imageRepository). */
export const IMAGES: Readonly<Record<string, ImageBehaviour>> = {
  busybox: shellImage('BusyBox: a shell and the usual tools in one small binary', ['sh'], 2_150_000),
  alpine: shellImage('Alpine Linux base image', ['/bin/sh'], 3_650_000),
  ubuntu: shellImage('Ubuntu base image', ['/bin/bash'], 29_750_000),
  debian: shellImage('Debian base image', ['bash'], 48_500_000),
  bash: shellImage('GNU bash on Alpine', ['bash'], 6_200_000),
  nginx: {
    description: 'nginx web server: serves the default page on port 80',
    behaviour: 'serve', ports: [80], logs: NGINX_LOGS, readyLogs: NGINX_READY,
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], sizeBytes: 72_100_000, startupMs: 300, stopSignal: 'SIGQUIT',
  },
  'nginxinc/nginx-unprivileged': {
    description: 'nginx running as a non-root user: serves on port 8080',
    behaviour: 'serve', ports: [8080], logs: NGINX_LOGS, readyLogs: NGINX_READY,
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], sizeBytes: 73_000_000, startupMs: 300, stopSignal: 'SIGQUIT',
  },
  httpd: {
    description: 'Apache HTTP Server: serves "It works!" on port 80',
    behaviour: 'serve', ports: [80], cmd: ['httpd-foreground'], sizeBytes: 58_300_000, startupMs: 200, stopSignal: 'SIGWINCH',
    logs: ["AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 127.0.0.1. Set the 'ServerName' directive globally to suppress this message"],
    readyLogs: [
      "[{{%a %b %d %H:%M:%S.%6N %Y}}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations",
      "[{{%a %b %d %H:%M:%S.%6N %Y}}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
    ],
  },
  redis: {
    description: 'Redis key-value store on port 6379',
    behaviour: 'serve', ports: [6379], entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], sizeBytes: 45_200_000, startupMs: 50,
    logs: [
      `1:C ${REDIS_TIME} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${REDIS_TIME} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:C ${REDIS_TIME} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `1:M ${REDIS_TIME} * monotonic clock: POSIX clock_gettime`,
      `1:M ${REDIS_TIME} * Running mode=standalone, port=6379.`,
      `1:M ${REDIS_TIME} * Server initialized`,
    ],
    readyLogs: [`1:M ${REDIS_TIME} * Ready to accept connections tcp`],
  },
  postgres: {
    description: 'PostgreSQL on port 5432; the entrypoint refuses to start without POSTGRES_PASSWORD',
    behaviour: 'serve', ports: [5432], entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], sizeBytes: 151_000_000, startupMs: 3000, stopSignal: 'SIGINT',
    logs: [
      'The files belonging to this database system will be owned by user "postgres".',
      'This user must also own the server process.',
      '',
      'Success. You can now start the database server using:',
      '',
      'PostgreSQL init process complete; ready for start up.',
      '',
    ],
    readyLogs: [
      `${PG_TIME} [1] LOG:  starting PostgreSQL 17.2 (Debian 17.2-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
      `${PG_TIME} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
      `${PG_TIME} [1] LOG:  database system is ready to accept connections`,
    ],
    requiredEnv: {
      anyOf: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'],
      exitCode: 1,
      logs: [
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
      ],
    },
  },
  mysql: {
    description: 'MySQL on port 3306; the entrypoint refuses to start without a root password setting',
    behaviour: 'serve', ports: [3306], entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], sizeBytes: 170_000_000, startupMs: 8000,
    logs: [`${MYSQL_TIME} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.`],
    readyLogs: [
      `${MYSQL_TIME} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
    ],
    requiredEnv: {
      anyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
      exitCode: 1,
      logs: [
        `${MYSQL_TIME} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.`,
        `${MYSQL_TIME} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
      ],
    },
  },
  memcached: {
    description: 'memcached on port 11211 (prints nothing)',
    behaviour: 'serve', ports: [11211], logs: [], entrypoint: ['docker-entrypoint.sh'], cmd: ['memcached'], sizeBytes: 32_000_000, startupMs: 20,
  },
  pause: {
    description: 'The pause container: sleeps until stopped',
    behaviour: 'serve', ports: [], logs: [], entrypoint: ['/pause'], sizeBytes: 320_000,
  },
  'hello-world': {
    description: "Docker's hello-world: prints a greeting and exits 0",
    behaviour: 'exit', exitCode: 0, ports: [], cmd: ['/hello'], sizeBytes: 3_200,
    logs: [
      '', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.', '',
      'To generate this message, Docker took the following steps:',
      ' 1. The Docker client contacted the Docker daemon.',
      ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.', '    (amd64)',
      ' 3. The Docker daemon created a new container from that image which runs the',
      '    executable that produces the output you are currently reading.',
      ' 4. The Docker daemon streamed that output to the Docker client, which sent it', '    to your terminal.', '',
      'To try something more ambitious, you can run an Ubuntu container with:', ' $ docker run -it ubuntu bash', '',
      'Share images, automate workflows, and more with a free Docker ID:', ' https://hub.docker.com/', '',
      'For more examples and ideas, visit:', ' https://docs.docker.com/get-started/', '',
    ],
  },
  'curlimages/curl': {
    description: 'curl as the entrypoint: without arguments it prints a hint and exits 2; args are curl arguments',
    behaviour: 'exit', exitCode: 2, ports: [], entrypoint: ['/entrypoint.sh'], cmd: ['curl'], sizeBytes: 10_400_000,
    logs: ['curl: try \'curl --help\' or \'curl --manual\' for more information'], program: ['curl'],
  },
  python: {
    description: 'Python; its default command is the REPL, which exits 0 at once without a terminal',
    behaviour: 'exit', exitCode: 0, ports: [], logs: [], cmd: ['python3'], sizeBytes: 380_000_000,
  },
  node: {
    description: 'Node.js; its default command is the REPL, which exits 0 at once without a terminal',
    behaviour: 'exit', exitCode: 0, ports: [], logs: [], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], sizeBytes: 392_000_000,
  },
  'fluent/fluent-bit': {
    description: 'Fluent Bit log processor: runs until stopped',
    behaviour: 'serve', ports: [], entrypoint: ['/fluent-bit/bin/fluent-bit'], cmd: ['-c', '/fluent-bit/etc/fluent-bit.conf'],
    sizeBytes: 32_500_000, startupMs: 100,
    logs: ['Fluent Bit v3.2.2', '* Copyright (C) 2015-2024 The Fluent Bit Authors', '* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd', '* https://fluentbit.io', ''],
  },
  'envoyproxy/envoy': {
    description: 'Envoy proxy: listener on 10000, admin on 9901',
    behaviour: 'serve', ports: [10000, 9901], entrypoint: ['/docker-entrypoint.sh'], cmd: ['envoy', '-c', '/etc/envoy/envoy.yaml'],
    sizeBytes: 62_000_000, startupMs: 500, logs: [],
    readyLogs: [`[{{%Y-%m-%d %H:%M:%S.%3N}}][1][info][main] [source/server/server.cc:958] starting main dispatch loop`],
  },
};

/** Other names for table entries (old registries' paths). */
const ALIASES: Readonly<Record<string, string>> = {
  'e2e-test-images/busybox': 'busybox',
  'google-containers/busybox': 'busybox',
  'google_containers/busybox': 'busybox',
  'google_containers/pause': 'pause',
  'google_containers/pause-amd64': 'pause',
  'pause-amd64': 'pause',
};

/** The repository of an image reference: registry host, `library/`, tag and digest removed. */
export function imageRepository(image: string): string {
  let ref = image.trim().toLowerCase();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  const parts = ref.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  return parts.join('/');
}

/** The table entry for an image reference, or undefined when the simulator does not know it. */
export function lookupImage(image: string): ImageBehaviour | undefined {
  const repository = imageRepository(image);
  return IMAGES[ALIASES[repository] ?? repository];
}
