/** Dialog ids, one place, so routing and tests name the same dialogs. */
export const DialogIds = {
  main: 'mainDialog',
  smallTalk: 'smallTalkDialog',
  faq: 'faqDialog',
  verifyOrder: 'verifyOrderDialog',
  orderStatus: 'orderStatusDialog',
  cancelOrder: 'cancelOrderDialog',
  changeOrder: 'changeOrderDialog',
  returns: 'returnDialog',
  refundStatus: 'refundStatusDialog',
  productSuggestions: 'productSuggestionsDialog',
  handoff: 'handoffDialog',
} as const;
