/**
 * Customers and their hidden tastes. A taste is what makes purchases predictable from history: a
 * segment (the categories someone shops), a price tier, a style and two favourite colours.
 */
import type { Address, Customer } from '../../src/shop/types.ts';
import type { Style, Tier } from './catalog.ts';
import { STYLES } from './catalog.ts';
import type { Rng } from './random.ts';
import { ANCHOR_MS, DAY_MS, iso, toSecond } from './time.ts';

export interface Taste {
  /** Categories this customer mostly shops, strongest first. */
  categories: string[];
  tier: Tier;
  style: Style;
  colours: string[];
}

export interface SimCustomer {
  customer: Customer;
  taste: Taste;
  home: Address;
  /** Relative shopping frequency (log-normal across customers). */
  activity: number;
  signupMs: number;
}

/** Shopper segments: which categories go together in one person's history. */
export const SEGMENTS: { name: string; categories: string[]; share: number }[] = [
  { name: 'sharp dresser', categories: ['shirts', 'trousers', 'shoes', 'accessories'], share: 1.6 },
  { name: 'winter wardrobe', categories: ['outerwear', 'knitwear', 'accessories', 'shoes'], share: 1.2 },
  { name: 'home cook', categories: ['kitchen', 'coffee', 'books'], share: 1.2 },
  { name: 'coffee lover', categories: ['coffee', 'kitchen', 'stationery'], share: 1.0 },
  { name: 'nester', categories: ['bedding', 'home decor', 'knitwear'], share: 1.1 },
  { name: 'outdoors', categories: ['outdoor', 'shoes', 'outerwear', 'books'], share: 1.1 },
  { name: 'parent', categories: ['toys', 'books', 'outdoor'], share: 1.1 },
  { name: 'self-care', categories: ['beauty', 'home decor', 'bedding'], share: 1.0 },
  { name: 'desk worker', categories: ['stationery', 'books', 'coffee'], share: 0.8 },
  { name: 'gift shopper', categories: ['toys', 'beauty', 'home decor', 'stationery'], share: 0.7 },
];

const COLOURS = ['black', 'white', 'grey', 'navy', 'blue', 'green', 'olive', 'beige', 'brown', 'cream', 'red', 'pink'];

const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Lisa', 'Matthew', 'Nancy',
  'Anthony', 'Sandra', 'Mark', 'Ashley', 'Steven', 'Emily', 'Andrew', 'Michelle', 'Joshua', 'Amanda', 'Kevin', 'Melissa',
  'Brian', 'Stephanie', 'Ryan', 'Rebecca', 'Jacob', 'Laura', 'Nicholas', 'Hannah', 'Eric', 'Olivia', 'Jonathan', 'Sophia',
  'Samuel', 'Grace', 'Benjamin', 'Chloe', 'Nathan', 'Zoe', 'Aaron', 'Maya', 'Carlos', 'Lucia', 'Wei', 'Mei', 'Arjun',
  'Priya', 'Omar', 'Fatima', 'Kenji', 'Yuki', 'Diego', 'Camila', 'Malik', 'Aisha', 'Noah', 'Ava', 'Liam', 'Isabella',
  'Ethan', 'Mia', 'Lucas', 'Harper', 'Owen', 'Ella',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
  'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell',
  'Mitchell', 'Carter', 'Roberts', 'Chen', 'Patel', 'Kim', 'Singh', 'Okafor', 'Cohen', 'Murphy', 'Sullivan', 'Park',
  'Tanaka', 'Rossi', 'Novak', 'Fischer', 'Larsen', 'Reyes', 'Bennett', 'Hughes', 'Foster', 'Brooks', 'Price',
];

/** US cities with their state and the first three digits of their ZIP codes. */
const CITIES: { city: string; state: string; zip3: string[] }[] = [
  { city: 'New York', state: 'NY', zip3: ['100', '101', '102'] },
  { city: 'Brooklyn', state: 'NY', zip3: ['112'] },
  { city: 'Los Angeles', state: 'CA', zip3: ['900'] },
  { city: 'San Francisco', state: 'CA', zip3: ['941'] },
  { city: 'San Diego', state: 'CA', zip3: ['921'] },
  { city: 'Chicago', state: 'IL', zip3: ['606'] },
  { city: 'Houston', state: 'TX', zip3: ['770'] },
  { city: 'Austin', state: 'TX', zip3: ['787'] },
  { city: 'Dallas', state: 'TX', zip3: ['752'] },
  { city: 'Phoenix', state: 'AZ', zip3: ['850'] },
  { city: 'Philadelphia', state: 'PA', zip3: ['191'] },
  { city: 'Pittsburgh', state: 'PA', zip3: ['152'] },
  { city: 'Seattle', state: 'WA', zip3: ['981'] },
  { city: 'Portland', state: 'OR', zip3: ['972'] },
  { city: 'Denver', state: 'CO', zip3: ['802'] },
  { city: 'Boulder', state: 'CO', zip3: ['803'] },
  { city: 'Boston', state: 'MA', zip3: ['021'] },
  { city: 'Atlanta', state: 'GA', zip3: ['303'] },
  { city: 'Miami', state: 'FL', zip3: ['331'] },
  { city: 'Orlando', state: 'FL', zip3: ['328'] },
  { city: 'Minneapolis', state: 'MN', zip3: ['554'] },
  { city: 'Detroit', state: 'MI', zip3: ['482'] },
  { city: 'Nashville', state: 'TN', zip3: ['372'] },
  { city: 'Charlotte', state: 'NC', zip3: ['282'] },
  { city: 'Raleigh', state: 'NC', zip3: ['276'] },
  { city: 'Columbus', state: 'OH', zip3: ['432'] },
  { city: 'Salt Lake City', state: 'UT', zip3: ['841'] },
  { city: 'Madison', state: 'WI', zip3: ['537'] },
  { city: 'Burlington', state: 'VT', zip3: ['054'] },
  { city: 'Albuquerque', state: 'NM', zip3: ['871'] },
  { city: 'Kansas City', state: 'MO', zip3: ['641'] },
  { city: 'New Orleans', state: 'LA', zip3: ['701'] },
  { city: 'Baltimore', state: 'MD', zip3: ['212'] },
  { city: 'Richmond', state: 'VA', zip3: ['232'] },
  { city: 'Anchorage', state: 'AK', zip3: ['995'] },
  { city: 'Honolulu', state: 'HI', zip3: ['968'] },
];
const STREETS = ['Main', 'Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Washington', 'Lake', 'Hill', 'Park', 'Church', 'Highland', 'Sunset', 'River', 'Spring', 'Willow', 'Ridge', 'Union', 'Franklin', 'Jefferson'];
const STREET_KINDS = ['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Way', 'Ct'];

export const CUSTOMER_SIGNUPS_FROM_MS = Date.UTC(2024, 0, 8);

export function randomAddress(name: string, rng: Rng): Address {
  const place = rng.pick(CITIES);
  const postcode = rng.pick(place.zip3) + String(rng.int(1, 99)).padStart(2, '0');
  const unit = rng.chance(0.25) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}` : '';
  return {
    name,
    line1: `${rng.int(2, 9899)} ${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)}${unit}`,
    city: place.city,
    state: place.state,
    postcode,
    country: 'US',
  };
}

export function randomName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

export function randomTaste(rng: Rng): Taste {
  const segment = rng.weighted(SEGMENTS, (s) => s.share);
  const [first, ...rest] = segment.categories;
  // Everyone keeps the segment's main category; the others in a personal order, maybe one dropped.
  const others = rng.shuffle(rest).slice(0, rng.chance(0.5) ? rest.length : Math.max(1, rest.length - 1));
  return {
    categories: [first, ...others],
    tier: rng.weighted([0, 1, 2] as Tier[], (t) => [0.35, 0.45, 0.2][t]),
    style: rng.pick(STYLES),
    colours: rng.sample(COLOURS, 2),
  };
}

/**
 * The shop's ordinary customers (ids after the five demo customers), numbered in sign-up order.
 * Sign-ups grow over time, as a young shop's do.
 */
export function randomCustomers(count: number, firstNumber: number, rng: Rng): SimCustomer[] {
  const drafts = Array.from({ length: count }, () => {
    const name = randomName(rng);
    const signupMs = toSecond(CUSTOMER_SIGNUPS_FROM_MS + Math.pow(rng.next(), 0.8) * (ANCHOR_MS - 2 * DAY_MS - CUSTOMER_SIGNUPS_FROM_MS));
    return { name, signupMs, taste: randomTaste(rng), home: randomAddress(name, rng), activity: Math.exp(0.85 * rng.normal()) };
  }).sort((a, b) => a.signupMs - b.signupMs);
  const emails = new Set<string>();
  return drafts.map((d, index) => {
    const base = d.name.toLowerCase().replace(/[^a-z]+/g, '.');
    let email = `${base}@example.com`;
    for (let n = 2; emails.has(email); n++) email = `${base}${n}@example.com`;
    emails.add(email);
    const stated = rng.chance(0.7) ? d.taste.categories.slice(0, rng.int(1, 2)) : [];
    return {
      customer: {
        id: `C${String(firstNumber + index).padStart(4, '0')}`,
        name: d.name,
        email,
        postcode: d.home.postcode,
        signupDate: iso(d.signupMs),
        preferences: {
          personalization: rng.chance(0.92),
          marketingEmails: rng.chance(0.45),
          favouriteCategories: stated,
        },
      },
      taste: d.taste,
      home: d.home,
      activity: d.activity,
      signupMs: d.signupMs,
    };
  });
}
