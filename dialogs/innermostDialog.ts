import type { DialogContext } from 'botbuilder-dialogs';

/** The id of the dialog that will read the next message: the innermost one running under `dc`. */
export function innermostDialogId(dc: DialogContext): string | undefined {
  let inner = dc;
  while (inner.child) inner = inner.child;
  return inner.activeDialog?.id;
}

/** The ids of every dialog on the stacks under `dc` (a waterfall's steps share its set's stack), innermost first. */
export function activeDialogIds(dc: DialogContext): string[] {
  const ids: string[] = [];
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) ids.push(...[...inner.stack].reverse().map((d) => d.id));
  return ids.reverse();
}
