import type { DialogContext } from 'botbuilder-dialogs';

/** The context of the dialog that will read the next message: the innermost one running under `dc`. */
function innermost(dc: DialogContext): DialogContext {
  let inner = dc;
  while (inner.child) inner = inner.child;
  return inner;
}

/** The id of the dialog that will read the next message. */
export function innermostDialogId(dc: DialogContext): string | undefined {
  return innermost(dc).activeDialog?.id;
}

/** The words of the question the innermost prompt asked ("Cancel order SK-105571 ...?"); '' when none. */
export function promptText(dc: DialogContext): string {
  const prompt = (innermost(dc).activeDialog?.state as { options?: { prompt?: string | { text?: string } } } | undefined)?.options?.prompt;
  return typeof prompt === 'string' ? prompt : (prompt?.text ?? '');
}

/** The ids of every dialog on the stacks under `dc` (a waterfall's steps share its set's stack), innermost first. */
export function activeDialogIds(dc: DialogContext): string[] {
  const ids: string[] = [];
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) ids.push(...[...inner.stack].reverse().map((d) => d.id));
  return ids.reverse();
}
