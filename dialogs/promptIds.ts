/** Prompt ids shared by the dialogs (each prompt is registered once, in MainDialog). */
export const PromptIds = {
  text: 'textPrompt',
  choice: 'choicePrompt',
  confirm: 'confirmPrompt',
} as const;
