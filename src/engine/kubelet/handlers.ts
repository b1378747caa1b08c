// Probe and lifecycle-hook actions (exec, httpGet, tcpSocket, grpc, sleep) run in a container.
import type { HandlerSpec } from '../manifest/model';
import { runArgv } from '../shell/run';
import type { SimContext } from './context';
import { createHost, environmentFor, expandReferences } from './host';
import { canConnect, podIp } from './network';
import { addWarning } from './process';
import { watchCommands } from './progress';
import type { Instance } from './runtime';
import { delay, type Wait } from './scheduler';

/** What a probe or hook action gave. */
export interface HandlerResult {
  ok: boolean;
  output: string;
  exitCode?: number;
}

function resolvePort(inst: Instance, port: number | string): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return inst.spec.ports.find((p) => p.name === port)?.containerPort;
}

function warnAction(ctx: SimContext, inst: Instance, command: string[], message: string): void {
  const text = command.join(' ');
  const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  addWarning(ctx, `container "${inst.name}": exec action \`${shown}\`: ${message}; the action gets no answer, so it times out`, inst.spec.position);
}

/** APIEnvVarsToMap: every env entry by name, with its literal value ('' for one with valueFrom). */
function staticEnv(spec: Instance['spec']): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of spec.env) env[e.name] = e.value ?? '';
  return env;
}

/** Runs an action in an instance, taking simulated time; gives up after `timeoutMs`; `probe` for a probe's action. */
export function* runHandler(ctx: SimContext, inst: Instance, handler: HandlerSpec, timeoutMs: number, probe = false): Generator<Wait, HandlerResult, void> {
  switch (handler.kind) {
    case 'exec': {
      const out: string[] = [];
      const env = environmentFor(ctx, inst.spec);
      const host = createHost(ctx, inst, (line) => out.push(line), env);
      // A probe's command is expanded from the static values of env only (ExpandContainerCommandOnlyStatic:
      // an entry with valueFrom counts as empty); a hook's is not expanded at all (handlerRunner.Run).
      const argv = probe ? handler.command.map((a) => expandReferences(a, staticEnv(inst.spec))) : handler.command;
      watchCommands(ctx, inst, host, 'handler', argv);
      const { process } = runArgv(argv, host);
      let elapsed = 0;
      for (;;) {
        let r;
        try { r = process.next(); } catch { return { ok: false, output: out.join('\n') }; }
        if (r.done) return { ok: r.value === 0, output: out.length ? `${out.join('\n')}\n` : '', exitCode: r.value };
        // An action cut off by one of the simulator's bounds never answers: it times out, and says why.
        if (r.value.kind === 'forever' && r.value.warning) warnAction(ctx, inst, handler.command, r.value.warning.message);
        const ms = r.value.kind === 'sleep' ? r.value.ms : Infinity;
        if (elapsed + ms > timeoutMs) {
          if (Number.isFinite(timeoutMs)) yield delay(timeoutMs - elapsed);
          else yield delay(Number.MAX_SAFE_INTEGER / 4);
          return { ok: false, output: `command ${JSON.stringify(handler.command.join(' '))} timed out` };
        }
        elapsed += ms;
        yield delay(ms);
        if (inst.state !== 'running') return { ok: false, output: 'container is not running' };
      }
    }
    case 'httpGet': {
      const port = resolvePort(inst, handler.port) ?? 0;
      const host = handler.host ?? podIp;
      const scheme = handler.scheme === 'HTTPS' ? 'https' : 'http';
      if (canConnect(ctx, host, port)) return { ok: true, output: '' };
      return { ok: false, output: `Get "${scheme}://${host}:${port}${handler.path}": dial tcp ${host}:${port}: connect: connection refused` };
    }
    case 'tcpSocket':
    case 'grpc': {
      const port = resolvePort(inst, handler.port) ?? 0;
      const host = handler.kind === 'tcpSocket' ? handler.host ?? podIp : podIp;
      if (canConnect(ctx, host, port)) return { ok: true, output: '' };
      return { ok: false, output: handler.kind === 'grpc'
        ? `timeout: failed to connect service "${host}:${port}" within ${Math.round(timeoutMs / 1000)}s: context deadline exceeded`
        : `dial tcp ${host}:${port}: connect: connection refused` };
    }
    case 'sleep':
      yield delay(Math.min(handler.seconds * 1000, timeoutMs));
      return { ok: true, output: '' };
  }
}
