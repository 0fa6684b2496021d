import type { DialogContext } from 'botbuilder-dialogs';

/** The id of the dialog that will read the next message: the innermost one running under `dc`. */
export function innermostDialogId(dc: DialogContext): string | undefined {
  let inner = dc;
  while (inner.child) inner = inner.child;
  return inner.activeDialog?.id;
}
