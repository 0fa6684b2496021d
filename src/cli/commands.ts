import type { Command } from 'commander';

/** The parent commands every command family registers under. */
export interface CommandRoots {
  program: Command;
  /** `shopkeeper train ...` */
  train: Command;
  /** `shopkeeper eval ...` */
  evaluate: Command;
}
