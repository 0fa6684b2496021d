/**
 * The shop's domain: what a customer, a product, an order, a return and an interaction are.
 * Plain data (JSON-serializable), shared by the store, the demo-shop generator, the importer and
 * the dialogs. Dates are ISO 8601 strings; money is a number in the shop's currency (see ShopInfo).
 */

/** A product in the catalog. `id` looks like `P0001`. */
export interface Product {
  id: string;
  name: string;
  description: string;
  /** One of the shop's categories, lower case ("shirts", "kitchen", ...). */
  category: string;
  tags: string[];
  price: number;
  /** Units in stock; 0 means out of stock. */
  stock: number;
  /** Free-form attributes; colour, size and material are the ones the bot filters on. */
  attributes: ProductAttributes;
  /** URL path of the product image, served by this server (e.g. `/images/products/P0001.svg`). */
  image: string;
  /** When the product was added to the catalog. */
  createdAt: string;
}

export interface ProductAttributes {
  colour?: string;
  size?: string;
  material?: string;
  [name: string]: string | undefined;
}

/** A customer of the shop. `id` looks like `C0001`. */
export interface Customer {
  id: string;
  name: string;
  email: string;
  /** US ZIP code, five digits. */
  postcode: string;
  signupDate: string;
  preferences: CustomerPreferences;
}

export interface CustomerPreferences {
  /** May the shop use this customer's history for personalized suggestions? */
  personalization: boolean;
  /** May the shop send marketing e-mail? */
  marketingEmails: boolean;
  /** Categories the customer said they like at sign-up (may be empty). */
  favouriteCategories: string[];
}

export type OrderStatus = 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'returned';

export interface OrderItem {
  productId: string;
  /** Product name at the time of the order (the catalog may change later). */
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface Address {
  name: string;
  line1: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
}

export interface Shipment {
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
  expectedDelivery: string;
  deliveredAt?: string;
}

/** An order. `id` is the shop's order number: `SK-` followed by six digits (`SK-104233`). */
export interface Order {
  id: string;
  customerId: string;
  /** E-mail the order was placed with (used to verify an anonymous visitor). */
  email: string;
  createdAt: string;
  status: OrderStatus;
  items: OrderItem[];
  shippingAddress: Address;
  shippingCost: number;
  total: number;
  shipment?: Shipment;
  cancelledAt?: string;
  /** Why it was cancelled, when it was. */
  cancellationReason?: string;
}

export type ReturnStatus = 'requested' | 'received' | 'refunded' | 'rejected';
export type RefundStatus = 'not_started' | 'pending' | 'issued';

/** A return request. `id` looks like `R-000123`. */
export interface ReturnRequest {
  id: string;
  orderId: string;
  customerId: string;
  items: { productId: string; name: string; quantity: number }[];
  reason: string;
  status: ReturnStatus;
  createdAt: string;
  refund: { amount: number; status: RefundStatus; issuedAt?: string };
}

/** What a customer did with a product. Chat events are recorded too, so models learn from the chat. */
export type InteractionType =
  | 'view'
  | 'add_to_cart'
  | 'purchase'
  | 'suggestion_shown'
  | 'suggestion_clicked';

export interface Interaction {
  customerId: string;
  productId: string;
  type: InteractionType;
  timestamp: string;
}

/** Shop-wide facts the bot quotes (kept in data/, never in code). */
export interface ShopInfo {
  name: string;
  currency: string;
  currencySymbol: string;
  /** Returns accepted for this many days after delivery. */
  returnWindowDays: number;
}
