import { describe, expect, it } from 'vitest';
import { unansweredThings } from '../../dialogs/faqCoverage.ts';

const SHIPPING = 'Shipping times and costs. We ship within the US with UPS, USPS and FedEx. Express (1-2 business days) is $14.99.';
const PAYMENT = 'Payment methods. We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay.';
const HOURS = 'Contact and opening hours. Monday to Friday 9 am-6 pm ET and Saturday 10 am-4 pm ET.';

describe('unansweredThings: the thing a shop question asks about that the shop text never names', () => {
  it.each([
    ['do you ship to Canada?', 'shipping_info', SHIPPING, ['Canada']],
    ['do you deliver to Puerto Rico', 'shipping_info', SHIPPING, ['Puerto Rico']],
    // A state is within the US the text names; a territory is left to a person.
    ['do you ship to Texas?', 'shipping_info', SHIPPING, []],
    ['do you deliver to new york', 'shipping_info', SHIPPING, []],
    ['can I pick up in store?', 'shipping_info', SHIPPING, ['pick up in store']],
    ['can I pay with klarna', 'payment_methods', PAYMENT, ['klarna']],
    ['can I pay in instalments', 'payment_methods', PAYMENT, ['instalments']],
    ['are you open on christmas day?', 'contact_hours', HOURS, ['christmas day']],
    // Named by the text, or by part of it, or by a short name for it.
    ['can I pay with paypal', 'payment_methods', PAYMENT, []],
    ['do you take amex?', 'payment_methods', PAYMENT, []],
    ['can I pay by credit card', 'payment_methods', PAYMENT, []],
    ['do you ship to the USA?', 'shipping_info', SHIPPING, []],
    ['are you open on saturday', 'contact_hours', HOURS, []],
    // Markdown and markup never come through: letters and spaces only.
    ['do you ship to Guernsey<img src=x onerror=alert(1)>', 'shipping_info', SHIPPING, ['Guernsey']],
    // No thing named: nothing to say.
    ['how long does shipping take?', 'shipping_info', SHIPPING, []],
    ['how much is delivery to my house', 'shipping_info', SHIPPING, []],
    ['what payment methods do you accept', 'payment_methods', PAYMENT, []],
    // Another topic's question in the same message is not this topic's.
    ['how long does shipping take and can I pay with klarna?', 'shipping_info', SHIPPING, []],
    ['how long does shipping take and can I pay with klarna?', 'payment_methods', PAYMENT, ['klarna']],
    ['how long does shipping take, and do you take klarna?', 'shipping_info', SHIPPING, []],
  ])('%s (%s)', (question, intent, text, left) => expect(unansweredThings(question, intent, text)).toEqual(left));
});
