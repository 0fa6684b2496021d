/**
 * shop.json for the demo: the shop's name, money, policies and the FAQ answers the bot quotes.
 * Written as data (src/shop/shopProfile.ts reads it), so a real shop replaces words, not code.
 */
import { DEFAULT_REFUND_TEXTS, type FaqTopic, type ShopProfile } from '../../src/shop/shopProfile.ts';
import { NON_RETURNABLE_CATEGORIES } from './catalogSpecs.ts';
import { FREE_SHIPPING_THRESHOLD, STANDARD_SHIPPING } from './orderLifecycle.ts';
import { ANCHOR_DATE } from './time.ts';

const RETURN_WINDOW_DAYS = 30;

const FAQ: Record<FaqTopic, { title: string; answer: string }> = {
  shipping: {
    title: 'Shipping times and costs',
    answer:
      `We ship within the US with UPS, USPS and FedEx. Orders placed before 2 pm ET on a business day leave our warehouse the same or next day. ` +
      `Standard shipping takes 3-5 business days and costs $${STANDARD_SHIPPING.toFixed(2)}; it is free on orders of $${FREE_SHIPPING_THRESHOLD} or more. ` +
      `Express (1-2 business days) is $14.99. You get a tracking number by e-mail as soon as your parcel ships.`,
  },
  payment_methods: {
    title: 'Payment methods',
    answer: 'We accept Visa, Mastercard, American Express, Discover, PayPal, Apple Pay and Google Pay. Your card is charged when your order ships, not before.',
  },
  contact_hours: {
    title: 'Contact and opening hours',
    answer:
      'Our support team answers chat and e-mail (help@example.com) Monday to Friday 9 am-6 pm ET and Saturday 10 am-4 pm ET, and phone calls at (555) 010-4477 on weekdays. ' +
      'This assistant is here around the clock.',
  },
  returns_policy: {
    title: 'Returns policy',
    answer:
      `You can return most items within ${RETURN_WINDOW_DAYS} days of delivery, unused and with their tags, for a full refund of the item price. ` +
      `Returns are free with the prepaid label we e-mail you. For hygiene reasons ${NON_RETURNABLE_CATEGORIES.join(' and ')} products can't be returned once delivered, unless they arrived damaged.`,
  },
  refund_times: {
    title: 'Refund times',
    answer:
      'Once your return reaches our warehouse we check it within 3 business days and refund the original payment method. ' +
      'Your bank usually shows the money 5-10 business days after that. Shipping costs are refunded only if the item arrived damaged or was wrong.',
  },
  discount_codes: {
    title: 'Discount codes',
    answer:
      'Enter a discount code in the "Discount code" box at checkout. One code per order; codes cannot be added after an order is placed or combined with sale prices. ' +
      'Sign up for our newsletter to get 10% off your first order.',
  },
  account_help: {
    title: 'Account and password help',
    answer:
      'To reset your password, choose "Forgot password?" on the sign-in page and follow the link we e-mail you (it is valid for one hour). ' +
      'You can change your e-mail address, saved addresses and marketing preferences under Account > Settings.',
  },
  change_order: {
    title: 'Changing an order',
    answer:
      'We can change the address, size or colour of an order while it is still being prepared (usually within a few hours of ordering). ' +
      'Once it has shipped it can no longer be changed, but you can return items you do not want.',
  },
  cancel_policy: {
    title: 'Cancelling an order',
    answer:
      'You can cancel an order for free until it ships: ask here or use the link in your confirmation e-mail. ' +
      'Shipped orders cannot be cancelled; return them within the return window instead. Refunds for cancelled orders are issued at once.',
  },
};

export function demoShopProfile(): ShopProfile {
  return {
    anchorDate: ANCHOR_DATE,
    info: { name: 'Shopkeeper Demo Store', currency: 'USD', currencySymbol: '$', returnWindowDays: RETURN_WINDOW_DAYS },
    faq: FAQ,
    policies: {
      returnWindowDays: RETURN_WINDOW_DAYS,
      nonReturnableCategories: NON_RETURNABLE_CATEGORIES,
      freeShippingThreshold: FREE_SHIPPING_THRESHOLD,
      standardShippingCost: STANDARD_SHIPPING,
      ...DEFAULT_REFUND_TEXTS,
    },
  };
}
