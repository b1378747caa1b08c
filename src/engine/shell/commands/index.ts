// Every command of the subset, by name.
import { controlCommands } from './control';
import { cutTrCommands } from './cutTr';
import { sortExprCommands } from './sortExpr';
import { fileCommands } from './files';
import { httpCommands } from './http';
import { networkCommands } from './network';
import { read } from './read';
import { runCommands } from './run';
import { streamCommands } from './streams';
import { testCommands } from './test';
import { textCommands } from './text';
import type { CommandImpl } from './types';

/** The implementations, keyed by the names in COMMAND_NAMES. */
export const COMMANDS: Record<string, CommandImpl> = {
  ...controlCommands,
  ...runCommands,
  ...textCommands,
  ...testCommands,
  ...fileCommands,
  ...streamCommands,
  ...networkCommands,
  ...httpCommands,
  ...cutTrCommands,
  ...sortExprCommands,
  read,
};
