// Links made by the s1 encoder when s1 shipped, with the exact state each must open to.
// Never regenerate or edit an entry: people have these links. Add new ones at the end.
// Texts are copies, not gallery references, so editing the gallery cannot change them.
import type { ShareState } from './shareState';

/** One published link and the state it decodes to. */
export interface GoldenLink {
  name: string;
  fragment: string;
  state: ShareState;
}

/** Golden s1 links (generated once by encodeShareState, then frozen). */
export const goldenLinks: readonly GoldenLink[] = [
  {
    name: 'docs example, no view options',
    fragment: 's1.Y6BbGsQethAzEVmC3AAC5S5QIGUWg7psoD6yIqg6QAkqgqkaUTaT7oxBXZGj-TIFJT2T7cGUJLr5DdGoQniLKpUvedWppbG5GXn2A4OeYqvNycv0lNSyJlhVAlvCtVwA',
    state: { text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: myapp-pod\n  labels:\n    app.kubernetes.io/name: MyApp\nspec:\n  containers:\n  - name: myapp-container\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo The app is running! && sleep 3600']\n  initContainers:\n  - name: init-myservice\n    image: busybox:1.28\n    command: ['sh', '-c', \"until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done\"]\n  - name: init-mydb\n    image: busybox:1.28\n    command: ['sh', '-c', \"until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done\"]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: myservice\nspec:\n  ports:\n  - protocol: TCP\n    port: 80\n    targetPort: 9376\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mydb\nspec:\n  ports:\n  - protocol: TCP\n    port: 80\n    targetPort: 9377\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - { at: 20s, apply: Service/myservice }\n  - { at: 40s, apply: Service/mydb }\n" },
  },
  {
    name: 'nginx emptyDir at 15 s',
    fragment: 's1.pZdNCsIwEIXVkwxx3-BWiuBO8RTVVBQKiqELPYnH9b1JKBECYrLqJs3Pmzc_33zxHmdL2bruTlw8Y0ITEwgO_qAZZR_m-OtL4cXAACzqcphchwCcfPOPm9VDDuPRdKO88ip1jfZljhj9wypDWj3PsoFgmeaw75O7Eg_FgSbRTVkOIvJEqZofeYSADty3zBKmvaw2ux6MGaLGmHzXl9ZihSlvlpXJlJla0__SCVTLAoHNS-dluEFOfPkiqLoOPO_k-Mw8UqBP9EllKnwA',
    state: { t: 15000, text: "# Adapted from \"Configure Pod Initialization\" in the Kubernetes docs.\napiVersion: v1\nkind: Pod\nmetadata:\n  name: init-demo\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n    volumeMounts:\n    - name: workdir\n      mountPath: /usr/share/nginx/html\n  # These containers run during pod initialization.\n  initContainers:\n  - name: install\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo \"<h1>Hello from the init container</h1>\" > /work-dir/index.html && cat /work-dir/index.html']\n    volumeMounts:\n    - name: workdir\n      mountPath: /work-dir\n  volumes:\n  - name: workdir\n    emptyDir: {}   # lives as long as the pod: shared by the init container and nginx\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  until: 1m\n" },
  },
  {
    name: 'crash loop at 2m05s, speed 16, describe tab',
    fragment: 's1.Y2Q-cYGdicnQjJkjJbU4uSgzKZWBlGSZmV4E7G_qJhclFmcAqzCcSQ4p-oE1AqyvBgwUaKmKljUUMouBJpQUZaam6CiUZ5ZkAHufydn5aWl4kybUNZSEck4lqGaEGAQMgGKkahGlLigGloW5iQrAzAIKJ6CG4lxQ9xi5csCVnAZfOjDLBUdMTj7Q66l5-aXpGQoloGYC0EPg2AI1GIoVgKaVg5rYwMIQXDybgAgLEGEILEe5AA',
    state: { t: 125000, speed: 16, tab: "describe", text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: migrate-crashloop\nspec:\n  restartPolicy: Always   # the default: a failed init container is retried, with backoff\n  initContainers:\n  - name: migrate\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo applying migrations; sleep 2; echo \"ERROR: schema version mismatch\"; exit 1']\n  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo app started; sleep 3600']\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  until: 6m   # long enough to watch the waits grow: 10s, 20s, 40s, 80s, 160s\n" },
  },
  {
    name: 'log shipper logs, dark theme',
    fragment: 's1.Y2YBFsXFLNxAUrc4I7MA2C5nZUlJLMpmICFxgpJmeWZJhi6SKXC7cKckZNXkpaTcxOzUYmAVk1mMlrUQacwKFm7A6qaouARYVqQWlIC6daB-NIV1HMF6DlHXFeXikMBVCeJOyaAIw5KMkUzHmZLJTIJoQQGpFN1dQxSQK18jAwMlBTtgzYzVmyiNC-p4EUurGK4PpXlLYRYBAA',
    state: { tab: "logs", logsContainer: "log-shipper", theme: "dark", text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app-with-log-shipper\nspec:\n  initContainers:\n  - name: log-shipper\n    image: busybox:1.28\n    restartPolicy: Always   # makes this init container a sidecar: started first, kept running\n    command: ['sh', '-c', 'while true; do if [ -f /var/log/app/app.log ]; then cat /var/log/app/app.log; rm /var/log/app/app.log; fi; sleep 5; done']\n    volumeMounts:\n    - name: logs\n      mountPath: /var/log/app\n  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'while true; do echo \"GET /index.html 200\" >> /var/log/app/app.log; sleep 2; done']\n    volumeMounts:\n    - name: logs\n      mountPath: /var/log/app\n  volumes:\n  - name: logs\n    emptyDir: {}\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  until: 1m\n" },
  },
  {
    name: 'OOMKilled init, half speed, status tab, light theme',
    fragment: 's1.Y2I20DNlZgOaXVJazMqak5meUcJASrrMTC8Cdjh18_Nz4abjTjtQ1WQHA7AiBHd_IeYA3VeMUVgjpJDTBUbTEVdbDdqcIzUh0LZoxSwfTeGFHjRIiSn4wJkPWB8rZIOKixz1YpAk2BhwlkckCgA',
    state: { speed: 0.5, tab: "status", theme: "light", text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: migrate-oom\nspec:\n  initContainers:\n  - name: migrate\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo running migrations; sleep 10; echo migrations done']\n    resources:\n      limits:\n        memory: 64Mi\n  containers:\n  - name: web\n    image: nginx:1.27\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 5s, kill: migrate, exitCode: 137, reason: OOMKilled }   # the kernel's OOM killer\n  until: 1m\n" },
  },
  {
    name: 'resources tab at t 0',
    fragment: 's1.tVjBCoJAEFU69RcLHTUQvQWeomPQpQ8w1BIKQxeiv-_NuO4uobQqdQlZd3zO7HvzRt_3VmttrLyNOJQYSGjw0i4oJLOuzdcOR5mPnZUsEfQVhTCYXwKLFZAlwzr_pcp1xVF0rGgFnitgB4WlhJ0UBX9U1wZDrBW1f3dxKdC0kDzBkUxc5AJxlY0zIWM8gUMSV1PqRSAPVLERdclX8lUbxBRE7E_nsMOi_NsUlupEbnPs1ekeJ1NbYLSYfSowKz5RV9OyYkWD304ZJRh0yj0wZt5SfkMsZKufLbI8FxIeBArzljdyIFkJe4KbHIXgjoZS0PcPNzGYOi9w0e0kqIM4uz7dfqs-iTOysfFkWKH-Iy1uSInlFlImtZ1EklduKfPgddsXIfyaChXChcL5AQ',
    state: { t: 0, tab: "resources", text: "# Effective requests, per resource:\n#   app containers + sidecars:           300m+100m + 100m = 500m, 200Mi+100Mi + 64Mi = 364Mi\n#   migrate + sidecars started before:   500m + 100m = 600m,  256Mi + 64Mi = 320Mi\n#   pod = the larger of the two:         600m CPU, 364Mi memory\napiVersion: v1\nkind: Pod\nmetadata:\n  name: resources-demo\nspec:\n  initContainers:\n  - name: setup\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo preparing; sleep 2']\n    resources:\n      requests: { cpu: 200m, memory: 128Mi }\n  - name: proxy\n    image: busybox:1.28\n    restartPolicy: Always   # a sidecar: its requests add to everything after it\n    command: ['sh', '-c', 'echo proxy listening; while true; do sleep 10; done']\n    resources:\n      requests: { cpu: 100m, memory: 64Mi }\n  - name: migrate\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo migrating; sleep 3']\n    resources:\n      requests: { cpu: 500m, memory: 256Mi }\n  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo app started; sleep 3600']\n    resources:\n      requests: { cpu: 300m, memory: 200Mi }\n  - name: worker\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo worker started; sleep 3600']\n    resources:\n      requests: { cpu: 100m, memory: 100Mi }\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  until: 1m\n" },
  },
  {
    name: 'every option, a large t',
    fragment: 's1.Y2Rp2DFTk4nJzISZtRzUwWMRAFUPusC6QbegCOjUokpWlpTEomwGEhJrSpJuEbAPmZmcCLcRd3pCt46cMCKxgraCSKPU0tCyHqw7s1ihtACcorAnCFgrBV_LhZLmMr4kBe5gkVXvpCSRWOWAtRBV48B7fch1DlaXEpU8MesDcBGMUR8Ao6oWXKIAGxkwYWBkphYDa60SUE1QXKKQlAqMdWCxkZGJVDhDymoA',
    state: { t: 86400000, speed: 64, tab: "watch", logsContainer: "wait-for-primary", theme: "dark", text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: db-replica\nspec:\n  initContainers:\n  - name: wait-for-primary\n    image: busybox:1.28\n    command: ['sh', '-c', 'until nc -z mydb 5432; do echo waiting for mydb:5432; sleep 1; done; echo mydb is up']\n  containers:\n  - name: postgres\n    image: postgres:16\n    env:\n    - name: POSTGRES_PASSWORD\n      value: example\n    ports:\n    - containerPort: 5432\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mydb\nspec:\n  selector:\n    app.kubernetes.io/name: mydb\n  ports:\n  - protocol: TCP\n    port: 5432\n    targetPort: 5432\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - { at: 30s, apply: Service/mydb }   # the Service does not exist before this\n  until: 1m30s\n" },
  },
  {
    name: 'non-ASCII text with a byte-order mark',
    fragment: 's1.Y2I0ZHi_e7-ygnvR4T2H56fqKFzYf7Hhwo4Lmy5svdiko_Bk74KnS_cqPJozWeHD_FkNvGhplheRaHm5AA',
    state: { speed: 1, text: "﻿# Grüße, привет, 你好 ✓ 🚀\r\napiVersion: v1\r\nkind: Pod\r\n" },
  },
  {
    name: 'empty text',
    fragment: 's1.YwAA',
    state: { text: "" },
  },
];
