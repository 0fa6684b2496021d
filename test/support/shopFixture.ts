/**
 * A small shop for tests: a few products, two customers and one order in every status, with dates
 * relative to a fixed "now" so eligibility rules are exact.
 */
import { DEFAULT_REFUND_TEXTS, type ShopProfile } from '../../src/shop/shopProfile.ts';
import type { Customer, Interaction, Order, Product, ReturnRequest } from '../../src/shop/types.ts';

export const NOW = new Date('2026-11-20T12:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const inDays = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

export const shopProfile: ShopProfile = {
  info: { name: 'Test Shop', currency: 'USD', currencySymbol: '$', returnWindowDays: 30 },
  faq: {
    shipping: { title: 'Shipping', answer: 'Standard shipping takes 3-5 business days and costs $4.99.' },
    payment_methods: { title: 'Payment methods', answer: 'We accept Visa, Mastercard and PayPal.' },
    contact_hours: { title: 'Contact', answer: 'We are here Mon-Fri 9am-6pm ET.' },
    returns_policy: { title: 'Returns', answer: 'Return anything within 30 days of delivery.' },
    change_order: { title: 'Changing an order', answer: 'Orders can be changed until they ship.' },
    refund_times: { title: 'Refund times', answer: 'Refunds reach your card 5-10 business days after we receive the items.' },
  },
  policies: { returnWindowDays: 30, nonReturnableCategories: ['beauty'], ...DEFAULT_REFUND_TEXTS },
};

const product = (id: string, name: string, category: string, price: number, colour: string, stock = 10, size?: string, material?: string): Product => ({
  id,
  name,
  description: `${name}.`,
  category,
  tags: [],
  price,
  stock,
  attributes: { colour, ...(size ? { size } : {}), ...(material ? { material } : {}) },
  image: `/images/products/${id}.svg`,
  createdAt: daysAgo(400),
});

export const products: Product[] = [
  product('P0001', 'Blue Linen Shirt', 'shirts', 39, 'blue', 10, 'm', 'linen'),
  product('P0002', 'White Linen Shirt', 'shirts', 42, 'white', 5, 'l', 'linen'),
  product('P0003', 'Navy Chino Trousers', 'trousers', 55, 'navy', 8, 'm', 'cotton twill'),
  product('P0004', 'Brown Leather Belt', 'accessories', 25, 'brown', 20, undefined, 'leather'),
  product('P0005', 'Oak Cutting Board', 'kitchen', 35, 'natural', 0),
  product('P0006', 'Ceramic Mug', 'kitchen', 12, 'white', 50),
  product('P0007', 'Rose Face Cream', 'beauty', 18, 'pink', 30),
  product('P0008', 'Wooden Train Set', 'toys', 15, 'red', 12),
];

export const customers: Customer[] = [
  {
    id: 'C0001',
    name: 'Ada Lovelace',
    email: 'ada.lovelace@example.com',
    postcode: '10001',
    signupDate: daysAgo(500),
    preferences: { personalization: true, marketingEmails: false, favouriteCategories: ['shirts'] },
  },
  {
    id: 'C0002',
    name: 'Alan Turing',
    email: 'alan.turing@example.org',
    postcode: '94105',
    signupDate: daysAgo(300),
    preferences: { personalization: true, marketingEmails: true, favouriteCategories: [] },
  },
];

const address = (name: string, postcode: string) => ({ name, line1: '1 Main St', city: 'New York', state: 'NY', postcode, country: 'US' });
const order = (id: string, customer: Customer, status: Order['status'], createdDaysAgo: number, items: [string, number][], extra: Partial<Order> = {}): Order => {
  const lines = items.map(([pid, qty]) => {
    const p = products.find((x) => x.id === pid)!;
    return { productId: pid, name: p.name, quantity: qty, unitPrice: p.price };
  });
  const sum = lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  return {
    id,
    customerId: customer.id,
    email: customer.email,
    createdAt: daysAgo(createdDaysAgo),
    status,
    items: lines,
    shippingAddress: address(customer.name, customer.postcode),
    shippingCost: 0,
    total: sum,
    ...extra,
  };
};

const [ada, alan] = customers;
export const orders: Order[] = [
  order('SK-100001', ada, 'processing', 1, [['P0001', 1], ['P0004', 1]]),
  order('SK-100002', ada, 'shipped', 4, [['P0003', 1]], {
    shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: daysAgo(3), expectedDelivery: inDays(2) },
  }),
  order('SK-100003', ada, 'delivered', 12, [['P0002', 1], ['P0007', 1]], {
    shipment: { carrier: 'USPS', trackingNumber: '9400100000000000000000', shippedAt: daysAgo(11), expectedDelivery: daysAgo(8), deliveredAt: daysAgo(8) },
  }),
  order('SK-100004', ada, 'delivered', 90, [['P0006', 2]], {
    shipment: { carrier: 'FedEx', trackingNumber: '612999AA10', shippedAt: daysAgo(89), expectedDelivery: daysAgo(85), deliveredAt: daysAgo(85) },
  }),
  order('SK-100005', alan, 'cancelled', 20, [['P0005', 1]], { cancelledAt: daysAgo(19), cancellationReason: 'changed mind' }),
  order('SK-100006', alan, 'returned', 60, [['P0001', 1]], {
    shipment: { carrier: 'DHL', trackingNumber: 'JD014600003828', shippedAt: daysAgo(59), expectedDelivery: daysAgo(55), deliveredAt: daysAgo(55) },
  }),
  // Two returnable items: the return dialog asks which one.
  order('SK-100007', alan, 'delivered', 9, [['P0003', 1], ['P0004', 1]], {
    shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456799', shippedAt: daysAgo(8), expectedDelivery: daysAgo(6), deliveredAt: daysAgo(6) },
  }),
];

export const returns: ReturnRequest[] = [
  {
    id: 'R-000001',
    orderId: 'SK-100006',
    customerId: 'C0002',
    items: [{ productId: 'P0001', name: 'Blue Linen Shirt', quantity: 1 }],
    reason: 'too small',
    status: 'refunded',
    createdAt: daysAgo(50),
    refund: { amount: 39, status: 'issued', issuedAt: daysAgo(45) },
  },
];

export const interactions: Interaction[] = [
  { customerId: 'C0001', productId: 'P0001', type: 'purchase', timestamp: daysAgo(1) },
  { customerId: 'C0001', productId: 'P0004', type: 'purchase', timestamp: daysAgo(1) },
  { customerId: 'C0002', productId: 'P0001', type: 'purchase', timestamp: daysAgo(60) },
  { customerId: 'C0002', productId: 'P0003', type: 'view', timestamp: daysAgo(30) },
];
