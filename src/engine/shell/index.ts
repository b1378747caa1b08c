// The container shell subset's public surface (see README.md beside this file).
export { parseShell } from './parser';
export { type ArgvWarning, runArgv, runShell } from './run';
export { type ImageWarning, runImageDefault } from './image';
export { SIMULATED_EPOCH_MS } from './dateFormat';
export type { ShellProgram } from './ast';
export type { ShellEffect, ShellFs, ShellHost, ShellProcess, ShellWarning } from './types';
