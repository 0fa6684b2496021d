/**
 * What the demo shop sells: its categories, the kinds of product in each (with price ranges,
 * materials, sizes), when each category sells (seasons) and which products go together. Plain data,
 * so the catalogue reads like a shop's range plan; catalog.ts turns it into products.
 */

/** Name template placeholders: {mod} {colour} {material} {variant}; empty parts collapse. */
export interface ProductTypeSpec {
  /** e.g. '{mod} {colour} Linen Shirt'. */
  name: string;
  /** One sentence about this kind of product, opening its description. */
  about: string;
  /** Price range in USD, budget to premium. */
  price: [number, number];
  materials?: string[];
  /** Overrides the category's colours; [] means the product has no colour. */
  colours?: string[];
  variants?: string[];
  sizes?: string[];
  /** Role in goes-with groups (see GOES_WITH). */
  role?: string;
  /** Customers may buy two or three at once. */
  multiples?: boolean;
  /** Relative share of the category's products. */
  share?: number;
  /** Extra search words. */
  tags?: string[];
}

export interface CategorySpec {
  category: string;
  count: number;
  colours: string[];
  modifiers: string[];
  types: ProductTypeSpec[];
  /** Demand multiplier per month, January first. */
  season: number[];
  tags: string[];
}

const APPAREL_SIZES = ['xs', 's', 'm', 'l', 'xl'];
const WAIST_SIZES = ['28', '30', '32', '34', '36', '38'];
const SHOE_SIZES = ['6', '7', '8', '9', '10', '11', '12'];
const BED_SIZES = ['twin', 'full', 'queen', 'king'];
const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
/** Coats and sweaters: bought from October to February, hardly at all in summer. */
const WINTER = [2.3, 1.8, 1.0, 0.55, 0.3, 0.18, 0.15, 0.25, 0.7, 1.5, 2.3, 2.6];
const SUMMER = [0.35, 0.4, 0.7, 1.1, 1.8, 2.3, 2.4, 2.0, 1.0, 0.6, 0.4, 0.45];
const LIGHT_SUMMER = [0.8, 0.8, 0.9, 1.0, 1.2, 1.35, 1.35, 1.2, 1.0, 0.9, 0.85, 0.95];
/** Toys peak before Christmas. */
const HOLIDAY_PEAK = [0.55, 0.6, 0.7, 0.7, 0.75, 0.75, 0.7, 0.75, 0.8, 1.0, 2.0, 3.8];
const GIFTING = [0.8, 0.9, 0.9, 0.9, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.4, 2.0];
const COSY = [1.4, 1.2, 1.0, 0.9, 0.8, 0.7, 0.7, 0.8, 1.0, 1.2, 1.4, 1.6];

export const CATEGORY_SPECS: CategorySpec[] = [
  {
    category: 'shirts',
    count: 48,
    colours: ['white', 'blue', 'navy', 'grey', 'black', 'olive', 'pink', 'beige', 'green'],
    modifiers: ['', 'Slim-Fit', 'Relaxed', 'Classic', 'Short-Sleeve'],
    season: LIGHT_SUMMER,
    tags: ['shirt', 'clothing', 'top'],
    types: [
      { name: '{mod} {colour} Linen Shirt', about: 'A breathable linen shirt that gets softer with every wash.', price: [39, 79], materials: ['linen'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['summer', 'breathable'], share: 1.4 },
      { name: '{mod} {colour} Oxford Shirt', about: 'A button-down Oxford shirt that works at the office and at the weekend.', price: [35, 75], materials: ['cotton'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['office', 'button-down'], share: 1.4 },
      { name: '{mod} {colour} Flannel Shirt', about: 'A brushed flannel shirt, warm enough to wear as a light layer.', price: [35, 65], materials: ['cotton flannel'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['autumn', 'warm'] },
      { name: '{mod} {colour} Denim Shirt', about: 'A sturdy denim shirt with snap buttons.', price: [45, 80], materials: ['denim'], colours: ['blue', 'navy', 'black', 'grey'], sizes: APPAREL_SIZES, role: 'shirt' },
      { name: '{mod} {colour} Poplin Shirt', about: 'A crisp poplin shirt with a clean collar.', price: [32, 70], materials: ['cotton poplin'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['office', 'formal'] },
      { name: '{colour} Polo Shirt', about: 'A piqué polo shirt with a soft, structured collar.', price: [25, 55], materials: ['cotton'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['casual', 'summer'] },
      { name: '{colour} Crew T-Shirt', about: 'An everyday crew-neck tee in heavyweight organic cotton.', price: [15, 35], materials: ['organic cotton'], sizes: APPAREL_SIZES, role: 'shirt', multiples: true, tags: ['t-shirt', 'tee', 'casual'], share: 1.2 },
      { name: '{colour} Henley Shirt', about: 'A long-sleeve henley with a three-button placket.', price: [25, 50], materials: ['cotton jersey'], sizes: APPAREL_SIZES, role: 'shirt', tags: ['casual'] },
    ],
  },
  {
    category: 'trousers',
    count: 40,
    colours: ['navy', 'beige', 'black', 'grey', 'olive', 'brown', 'blue'],
    modifiers: ['', 'Slim', 'Relaxed', 'Tapered'],
    season: FLAT,
    tags: ['trousers', 'pants', 'clothing'],
    types: [
      { name: '{mod} {colour} Chinos', about: 'Everyday chinos in soft cotton twill with a little stretch.', price: [39, 85], materials: ['cotton twill'], sizes: WAIST_SIZES, role: 'trousers', share: 1.5, tags: ['chino'] },
      { name: '{mod} {colour} Jeans', about: 'Five-pocket jeans in rigid denim that breaks in beautifully.', price: [45, 120], materials: ['denim'], colours: ['blue', 'black', 'grey', 'navy'], sizes: WAIST_SIZES, role: 'trousers', share: 1.5, tags: ['denim', 'jeans'] },
      { name: '{mod} {colour} Wool Trousers', about: 'Tailored wool trousers with a pressed crease.', price: [79, 160], materials: ['wool'], colours: ['grey', 'navy', 'black', 'brown'], sizes: WAIST_SIZES, role: 'trousers', tags: ['office', 'formal', 'winter'] },
      { name: '{mod} {colour} Linen Trousers', about: 'Loose linen trousers with a drawstring waist for hot days.', price: [45, 90], materials: ['linen'], colours: ['beige', 'white', 'olive', 'navy', 'black'], sizes: WAIST_SIZES, role: 'trousers', tags: ['summer'] },
      { name: '{mod} {colour} Corduroy Trousers', about: 'Fine-wale corduroy trousers with a soft hand.', price: [49, 99], materials: ['corduroy'], sizes: WAIST_SIZES, role: 'trousers', tags: ['autumn'] },
      { name: '{colour} Cargo Trousers', about: 'Ripstop cargo trousers with deep side pockets.', price: [39, 79], materials: ['cotton ripstop'], colours: ['olive', 'black', 'beige', 'grey'], sizes: WAIST_SIZES, role: 'trousers', tags: ['utility'] },
      { name: '{colour} Joggers', about: 'Brushed-back joggers with a tapered leg and cuffed ankles.', price: [29, 59], materials: ['cotton jersey'], colours: ['grey', 'black', 'navy', 'olive'], sizes: APPAREL_SIZES, tags: ['sweatpants', 'lounge'] },
    ],
  },
  {
    category: 'shoes',
    count: 36,
    colours: ['white', 'black', 'brown', 'navy', 'grey', 'beige'],
    modifiers: ['', 'Classic', 'Low-Top', 'Lightweight'],
    season: FLAT,
    tags: ['shoes', 'footwear'],
    types: [
      { name: '{mod} {colour} Leather Sneakers', about: 'Minimal leather sneakers with a cushioned footbed.', price: [79, 160], materials: ['leather'], sizes: SHOE_SIZES, role: 'smart-shoes', share: 1.4, tags: ['sneakers', 'trainers'] },
      { name: '{mod} {colour} Canvas Sneakers', about: 'Canvas sneakers with a vulcanised rubber sole.', price: [39, 75], materials: ['canvas'], sizes: SHOE_SIZES, tags: ['sneakers', 'summer'] },
      { name: '{colour} Chelsea Boots', about: 'Pull-on Chelsea boots with elastic side panels.', price: [119, 220], materials: ['suede', 'leather'], colours: ['black', 'brown', 'beige'], sizes: SHOE_SIZES, role: 'smart-shoes', tags: ['boots', 'winter'] },
      { name: '{colour} Hiking Boots', about: 'Waterproof hiking boots with a grippy lugged sole.', price: [99, 210], materials: ['leather', 'nylon'], colours: ['brown', 'grey', 'black', 'olive'], sizes: SHOE_SIZES, role: 'hiking-boots', tags: ['boots', 'hiking', 'waterproof', 'outdoor'] },
      { name: '{mod} {colour} Running Shoes', about: 'Responsive running shoes with a breathable mesh upper.', price: [69, 150], materials: ['mesh'], colours: ['black', 'white', 'grey', 'navy', 'blue', 'orange'], sizes: SHOE_SIZES, tags: ['running', 'sport', 'trainers'] },
      { name: '{colour} Penny Loafers', about: 'Hand-stitched penny loafers in polished leather.', price: [95, 190], materials: ['leather'], colours: ['brown', 'black'], sizes: SHOE_SIZES, role: 'smart-shoes', tags: ['office', 'formal'] },
      { name: '{colour} Derby Shoes', about: 'Open-laced derby shoes for suits and chinos alike.', price: [99, 199], materials: ['leather'], colours: ['brown', 'black'], sizes: SHOE_SIZES, role: 'smart-shoes', tags: ['office', 'formal'] },
      { name: '{colour} Slide Sandals', about: 'Cushioned slide sandals for the beach and the garden.', price: [25, 60], materials: ['rubber', 'leather'], colours: ['black', 'brown', 'beige', 'white'], sizes: SHOE_SIZES, tags: ['summer', 'sandals'] },
      { name: '{colour} Wool Slippers', about: 'Felted wool slippers that keep your feet warm at home.', price: [29, 59], materials: ['wool'], colours: ['grey', 'beige', 'navy'], sizes: SHOE_SIZES, tags: ['winter', 'home', 'cosy'] },
    ],
  },
  {
    category: 'outerwear',
    count: 34,
    colours: ['black', 'navy', 'olive', 'beige', 'grey', 'brown', 'green'],
    modifiers: ['', 'Lightweight', 'Longline', 'Cropped'],
    season: WINTER,
    tags: ['jacket', 'coat', 'outerwear'],
    types: [
      { name: '{mod} {colour} Parka', about: 'A hooded parka with a quilted lining for the coldest days.', price: [149, 320], materials: ['nylon', 'cotton'], sizes: APPAREL_SIZES, role: 'coat', share: 1.3, tags: ['winter', 'warm', 'hooded'] },
      { name: '{colour} Rain Jacket', about: 'A packable waterproof shell with taped seams.', price: [69, 180], materials: ['nylon'], colours: ['yellow', 'navy', 'black', 'green', 'red'], sizes: APPAREL_SIZES, role: 'coat', tags: ['waterproof', 'rain'] },
      { name: '{mod} {colour} Wool Coat', about: 'A tailored overcoat in heavy wool.', price: [179, 380], materials: ['wool'], colours: ['grey', 'navy', 'black', 'beige', 'brown'], sizes: APPAREL_SIZES, role: 'coat', share: 1.3, tags: ['winter', 'formal', 'warm'] },
      { name: '{mod} {colour} Puffer Jacket', about: 'A lightweight down puffer that packs into its own pocket.', price: [119, 260], materials: ['down', 'nylon'], sizes: APPAREL_SIZES, role: 'coat', share: 1.3, tags: ['winter', 'warm', 'down'] },
      { name: '{colour} Denim Jacket', about: 'A classic trucker jacket in mid-weight denim.', price: [69, 130], materials: ['denim'], colours: ['blue', 'black'], sizes: APPAREL_SIZES, tags: ['spring'] },
      { name: '{colour} Field Jacket', about: 'A four-pocket field jacket in waxed cotton.', price: [129, 240], materials: ['waxed cotton'], colours: ['olive', 'beige', 'navy', 'brown'], sizes: APPAREL_SIZES, role: 'coat', tags: ['autumn'] },
      { name: '{colour} Trench Coat', about: 'A double-breasted trench in water-resistant gabardine.', price: [159, 320], materials: ['cotton gabardine'], colours: ['beige', 'navy', 'black'], sizes: APPAREL_SIZES, role: 'coat', tags: ['rain', 'formal'] },
      { name: '{colour} Fleece Jacket', about: 'A cosy zip-up fleece for hikes and chilly evenings.', price: [49, 110], materials: ['recycled polyester fleece'], sizes: APPAREL_SIZES, tags: ['fleece', 'outdoor'] },
      { name: '{colour} Quilted Vest', about: 'A quilted vest that layers over knitwear.', price: [59, 120], materials: ['nylon'], sizes: APPAREL_SIZES, tags: ['gilet', 'layering'] },
    ],
  },
  {
    category: 'knitwear',
    count: 34,
    colours: ['grey', 'navy', 'cream', 'beige', 'green', 'brown', 'black', 'red'],
    modifiers: ['', 'Chunky', 'Fine-Knit', 'Oversized'],
    season: WINTER,
    tags: ['knitwear', 'sweater', 'jumper'],
    types: [
      { name: '{mod} {colour} {material} Crew Neck Sweater', about: 'A crew-neck sweater you will reach for all winter.', price: [59, 180], materials: ['merino', 'lambswool', 'cashmere', 'cotton'], sizes: APPAREL_SIZES, role: 'sweater', share: 1.6, tags: ['winter', 'warm'] },
      { name: '{mod} {colour} Cardigan', about: 'A button-front cardigan with ribbed cuffs.', price: [65, 160], materials: ['merino', 'lambswool', 'cotton'], sizes: APPAREL_SIZES, role: 'sweater', tags: ['layering'] },
      { name: '{mod} {colour} Turtleneck', about: 'A slim roll-neck that sits neatly under a coat.', price: [59, 170], materials: ['merino', 'cashmere'], sizes: APPAREL_SIZES, role: 'sweater', tags: ['winter', 'roll-neck'] },
      { name: '{colour} Cable Knit Sweater', about: 'A heritage cable-knit fisherman sweater.', price: [79, 190], materials: ['wool'], sizes: APPAREL_SIZES, role: 'sweater', tags: ['winter', 'warm', 'chunky'] },
      { name: '{colour} Quarter-Zip Sweater', about: 'A half-zip sweater with a stand-up collar.', price: [55, 130], materials: ['merino', 'cotton'], sizes: APPAREL_SIZES, role: 'sweater' },
      { name: '{colour} Knitted Vest', about: 'A sleeveless sweater vest for layering over shirts.', price: [45, 95], materials: ['lambswool'], sizes: APPAREL_SIZES, tags: ['layering', 'sweater vest'] },
    ],
  },
  {
    category: 'accessories',
    count: 40,
    colours: ['black', 'brown', 'navy', 'grey', 'beige', 'red', 'green'],
    modifiers: ['', 'Classic', 'Slim'],
    season: GIFTING,
    tags: ['accessories'],
    types: [
      { name: '{mod} {colour} Leather Belt', about: 'A full-grain leather belt with a solid brass buckle.', price: [29, 75], materials: ['leather'], colours: ['brown', 'black', 'beige'], sizes: ['s', 'm', 'l'], role: 'belt', share: 1.4, tags: ['belt'] },
      { name: '{colour} Wool Scarf', about: 'A generously sized scarf in soft brushed wool.', price: [29, 90], materials: ['wool', 'cashmere'], role: 'winter-accessory', tags: ['winter', 'scarf', 'warm'] },
      { name: '{colour} Ribbed Beanie', about: 'A ribbed beanie with a deep turn-up.', price: [19, 45], materials: ['merino', 'acrylic'], role: 'winter-accessory', tags: ['winter', 'hat'] },
      { name: '{colour} Leather Gloves', about: 'Cashmere-lined leather gloves.', price: [39, 95], materials: ['leather'], colours: ['black', 'brown'], sizes: ['s', 'm', 'l'], role: 'winter-accessory', tags: ['winter', 'gloves'] },
      { name: '{colour} Wool Socks 3-Pack', about: 'Three pairs of cushioned wool-blend socks.', price: [18, 35], materials: ['wool blend'], sizes: ['s', 'm', 'l'], role: 'socks', multiples: true, tags: ['socks'] },
      { name: '{colour} Baseball Cap', about: 'A six-panel cap in washed cotton twill.', price: [19, 39], materials: ['cotton'], tags: ['hat', 'summer'] },
      { name: '{colour} Leather Wallet', about: 'A slim bifold wallet with six card slots.', price: [35, 95], materials: ['leather'], colours: ['black', 'brown'], tags: ['wallet', 'gift'] },
      { name: '{colour} Sunglasses', about: 'Polarised sunglasses with UV400 lenses.', price: [39, 140], materials: ['acetate'], colours: ['black', 'brown', 'grey'], tags: ['summer', 'sunglasses'] },
      { name: '{colour} Silk Tie', about: 'A hand-finished silk tie.', price: [35, 75], materials: ['silk'], colours: ['navy', 'red', 'green', 'grey', 'black'], tags: ['formal', 'office', 'tie'] },
      { name: '{colour} Canvas Tote Bag', about: 'A roomy canvas tote with an inside pocket.', price: [19, 49], materials: ['canvas'], colours: ['natural', 'black', 'navy', 'green'], tags: ['bag', 'tote'] },
    ],
  },
  {
    category: 'kitchen',
    count: 40,
    colours: ['black', 'white', 'cream', 'grey', 'green', 'blue', 'red'],
    modifiers: ['', 'Classic', 'Pro'],
    season: GIFTING,
    tags: ['kitchen', 'cookware', 'home'],
    types: [
      { name: '{mod} {colour} Burr Coffee Grinder', about: 'A conical burr grinder with 30 grind settings, from espresso to French press.', price: [49, 189], materials: ['stainless steel'], colours: ['black', 'silver', 'white'], role: 'brewer', tags: ['coffee', 'grinder'] },
      { name: '{colour} French Press', about: 'A double-walled French press that keeps coffee hot.', price: [29, 89], materials: ['stainless steel', 'glass'], colours: ['black', 'silver', 'green'], sizes: ['350 ml', '1 l'], role: 'brewer', tags: ['coffee', 'cafetiere'] },
      { name: '{colour} Pour-Over Dripper', about: 'A ceramic pour-over dripper for a clean, bright cup.', price: [19, 45], materials: ['ceramic'], colours: ['white', 'black', 'blue'], role: 'brewer', tags: ['coffee', 'pour over'] },
      { name: '{colour} Gooseneck Kettle', about: 'An electric gooseneck kettle with precise temperature control.', price: [45, 149], materials: ['stainless steel'], colours: ['black', 'silver', 'white'], role: 'brewer', tags: ['coffee', 'tea', 'kettle'] },
      { name: '{mod} {colour} Stoneware Mug', about: 'A hand-glazed stoneware mug that holds a generous 350 ml.', price: [12, 28], materials: ['stoneware'], role: 'mug', multiples: true, share: 1.8, tags: ['mug', 'coffee', 'tea', 'gift'] },
      { name: '{colour} Cast Iron Skillet', about: 'A pre-seasoned cast iron skillet that lasts a lifetime.', price: [29, 89], materials: ['cast iron'], colours: ['black', 'red'], sizes: ['8 in', '10 in', '12 in'], tags: ['pan', 'cooking'] },
      { name: '{material} Cutting Board', about: 'A thick end-grain board that is kind to knives.', price: [25, 89], materials: ['oak', 'walnut', 'acacia', 'maple', 'bamboo'], colours: ['natural'], role: 'board', tags: ['chopping board', 'wood'] },
      { name: '{mod} Chef\'s Knife {variant}', about: 'A forged chef\'s knife with a full tang and a razor edge.', price: [39, 189], materials: ['stainless steel', 'carbon steel'], colours: [], variants: ['20 cm', '15 cm'], role: 'knife', tags: ['knife', 'cooking'] },
      { name: '{colour} Mixing Bowl Set', about: 'Three nesting mixing bowls for baking and prep.', price: [25, 69], materials: ['stainless steel', 'ceramic'], role: 'bakeware', tags: ['baking', 'bowls'] },
      { name: '{mod} Baking Tray Set', about: 'Heavy-gauge non-stick baking trays that never warp.', price: [19, 55], materials: ['aluminium', 'carbon steel'], colours: [], role: 'bakeware', tags: ['baking', 'oven'] },
      { name: '{colour} Enamel Dutch Oven', about: 'An enamelled cast iron Dutch oven for stews and bread.', price: [69, 280], materials: ['cast iron'], colours: ['red', 'blue', 'green', 'cream', 'black'], sizes: ['4 l', '6 l'], tags: ['cooking', 'casserole'] },
      { name: '{colour} Linen Apron', about: 'A cross-back linen apron with a deep front pocket.', price: [25, 49], materials: ['linen'], colours: ['natural', 'grey', 'blue', 'green'], role: 'apron', tags: ['baking', 'cooking'] },
    ],
  },
  {
    category: 'coffee',
    count: 32,
    colours: [],
    modifiers: ['Light Roast', 'Medium Roast', 'Dark Roast'],
    season: [1.15, 1.1, 1.0, 0.95, 0.9, 0.85, 0.85, 0.9, 1.0, 1.05, 1.15, 1.25],
    tags: ['coffee', 'drinks', 'food'],
    types: [
      { name: '{variant} {mod} Whole Bean Coffee', about: 'Single-origin beans roasted in small batches every week.', price: [14, 32], variants: ['Ethiopia Yirgacheffe', 'Colombia Huila', 'Guatemala Antigua', 'Kenya AA', 'Sumatra Mandheling', 'Brazil Cerrado', 'Costa Rica Tarrazu', 'Rwanda Huye', 'Peru Cajamarca'], sizes: ['250 g', '1 kg'], role: 'beans', multiples: true, share: 2.4, tags: ['beans', 'whole bean', 'single origin'] },
      { name: '{variant} {mod} Ground Coffee', about: 'Freshly ground for filter and French press.', price: [12, 28], variants: ['Colombia Huila', 'Brazil Cerrado', 'Guatemala Antigua', 'House Blend', 'Breakfast Blend'], sizes: ['250 g', '1 kg'], role: 'beans', multiples: true, tags: ['ground coffee', 'filter'] },
      { name: '{variant} Espresso Blend', about: 'A chocolatey espresso blend that shines in milk drinks.', price: [15, 34], variants: ['House', 'Milano', 'Velvet', 'Night Owl', 'Crema'], sizes: ['250 g', '1 kg'], role: 'beans', multiples: true, tags: ['espresso', 'beans'] },
      { name: '{variant} Loose Leaf Tea', about: 'Whole-leaf tea, packed in a resealable tin.', price: [9, 24], variants: ['Earl Grey', 'Sencha Green', 'Chai Spice', 'English Breakfast', 'Chamomile', 'Peppermint', 'Jasmine', 'Rooibos'], sizes: ['100 g'], role: 'tea', multiples: true, tags: ['tea', 'loose leaf'] },
      { name: '{variant} Decaf Coffee', about: 'Swiss Water decaffeinated: all the flavour, none of the jitters.', price: [14, 26], variants: ['Colombia', 'Mexico Chiapas', 'House'], sizes: ['250 g'], role: 'beans', multiples: true, tags: ['decaf', 'beans'] },
    ],
  },
  {
    category: 'home decor',
    count: 36,
    colours: ['white', 'cream', 'grey', 'green', 'blue', 'beige', 'black', 'pink', 'gold'],
    modifiers: ['', 'Small', 'Large'],
    season: COSY,
    tags: ['home', 'decor', 'interior'],
    types: [
      { name: '{mod} {colour} Ceramic Vase', about: 'A hand-thrown ceramic vase with a matte glaze.', price: [22, 89], materials: ['ceramic'], tags: ['vase', 'flowers'] },
      { name: '{variant} Scented Candle', about: 'A soy wax candle with a cotton wick and a 50-hour burn.', price: [16, 42], materials: ['soy wax'], colours: ['cream', 'white'], variants: ['Fig & Cedar', 'Lavender', 'Sea Salt', 'Amber', 'Fresh Linen', 'Pine Forest', 'Vanilla Bean', 'Orange Blossom'], role: 'cosy-decor', multiples: true, tags: ['candle', 'gift', 'cosy'] },
      { name: '{colour} Wool Throw Blanket', about: 'A soft woven throw for the sofa.', price: [49, 149], materials: ['wool', 'cotton'], role: 'throw', tags: ['throw', 'blanket', 'cosy', 'winter'] },
      { name: '{colour} Linen Cushion Cover', about: 'A washed-linen cushion cover with a hidden zip.', price: [19, 45], materials: ['linen'], multiples: true, role: 'cosy-decor', tags: ['cushion', 'pillow'] },
      { name: '{mod} {colour} Table Lamp', about: 'A ceramic table lamp with a linen shade.', price: [49, 169], materials: ['ceramic', 'brass'], tags: ['lamp', 'lighting'] },
      { name: '{colour} Desk Lamp', about: 'An adjustable desk lamp with a warm LED.', price: [39, 119], materials: ['metal'], colours: ['black', 'white', 'green', 'gold'], role: 'desk-lamp', tags: ['lamp', 'lighting', 'office'] },
      { name: '{mod} Round Wall Mirror', about: 'A round mirror in a slim metal frame.', price: [49, 189], materials: ['glass', 'metal'], colours: ['gold', 'black', 'silver'], tags: ['mirror', 'wall'] },
      { name: '{colour} Photo Frame', about: 'A wooden photo frame with a glass front.', price: [14, 39], materials: ['oak', 'walnut'], colours: ['natural', 'black', 'white'], sizes: ['5x7 in', '8x10 in'], multiples: true, tags: ['frame', 'gift'] },
      { name: '{mod} Woven Storage Basket', about: 'A hand-woven seagrass basket with handles.', price: [25, 69], materials: ['seagrass', 'jute'], colours: ['natural'], tags: ['storage', 'basket'] },
      { name: '{colour} Jute Rug', about: 'A hard-wearing braided jute rug.', price: [59, 249], materials: ['jute'], colours: ['natural', 'beige', 'grey'], sizes: ['2x3 ft', '5x8 ft', '8x10 ft'], tags: ['rug', 'floor'] },
    ],
  },
  {
    category: 'bedding',
    count: 32,
    colours: ['white', 'grey', 'cream', 'blue', 'green', 'pink', 'navy'],
    modifiers: ['', 'Stonewashed', 'Organic'],
    season: COSY,
    tags: ['bedding', 'bedroom', 'home'],
    types: [
      { name: '{mod} {colour} {material} Duvet Cover', about: 'A duvet cover with button closure and corner ties.', price: [69, 220], materials: ['percale', 'sateen', 'linen'], sizes: BED_SIZES, role: 'duvet', share: 1.5, tags: ['duvet', 'comforter cover'] },
      { name: '{mod} {colour} {material} Sheet Set', about: 'A fitted sheet, flat sheet and two pillowcases.', price: [59, 199], materials: ['percale', 'sateen', 'linen'], sizes: BED_SIZES, role: 'sheets', share: 1.5, tags: ['sheets'] },
      { name: '{colour} Pillowcase Pair', about: 'Two pillowcases with an envelope closure.', price: [19, 55], materials: ['percale', 'linen'], sizes: ['standard', 'king'], role: 'sheets', multiples: true, tags: ['pillowcase'] },
      { name: '{mod} Down Pillow', about: 'A plump down pillow for side and back sleepers.', price: [39, 129], materials: ['down', 'down alternative'], colours: ['white'], sizes: ['standard', 'king'], multiples: true, tags: ['pillow'] },
      { name: '{colour} Quilted Bedspread', about: 'A lightweight stitched quilt for warmer nights.', price: [79, 229], materials: ['cotton'], sizes: BED_SIZES, tags: ['quilt', 'summer'] },
      { name: '{colour} Weighted Blanket', about: 'A calming weighted blanket with glass-bead fill.', price: [89, 189], materials: ['cotton'], colours: ['grey', 'navy', 'green'], sizes: ['15 lb', '20 lb'], tags: ['blanket', 'sleep', 'winter'] },
    ],
  },
  {
    category: 'outdoor',
    count: 36,
    colours: ['green', 'orange', 'blue', 'grey', 'olive', 'red', 'yellow'],
    modifiers: ['', 'Ultralight', 'Trail'],
    season: SUMMER,
    tags: ['outdoor', 'camping', 'hiking'],
    types: [
      { name: '{mod} {colour} {variant} Tent', about: 'A freestanding tent that pitches in five minutes.', price: [129, 420], materials: ['ripstop nylon'], variants: ['2-Person', '3-Person', '4-Person'], role: 'tent', tags: ['tent', 'camping'] },
      { name: '{mod} {colour} Sleeping Bag', about: 'A mummy sleeping bag rated to 30 F.', price: [69, 249], materials: ['synthetic fill', 'down'], role: 'sleeping-bag', tags: ['sleeping bag', 'camping'] },
      { name: '{colour} Camping Lantern', about: 'A rechargeable LED lantern with three brightness levels.', price: [25, 69], materials: ['plastic'], role: 'camp-light', tags: ['lantern', 'lighting', 'camping'] },
      { name: '{mod} {colour} Headlamp', about: 'A 400-lumen rechargeable headlamp with a red-light mode.', price: [19, 59], materials: ['plastic'], role: 'camp-light', tags: ['headlamp', 'hiking', 'lighting'] },
      { name: '{mod} {colour} {variant} Hiking Backpack', about: 'A ventilated hiking pack with a rain cover.', price: [59, 199], materials: ['nylon'], variants: ['20 L', '30 L', '45 L'], role: 'backpack', tags: ['backpack', 'hiking'] },
      { name: '{colour} Insulated Water Bottle', about: 'A double-walled bottle that keeps drinks cold for 24 hours.', price: [19, 45], materials: ['stainless steel'], sizes: ['500 ml', '750 ml', '1 l'], role: 'bottle', multiples: true, tags: ['bottle', 'hydration'] },
      { name: '{mod} Camping Stove', about: 'A compact gas stove that boils a litre in three minutes.', price: [39, 129], materials: ['steel'], colours: ['silver', 'black'], tags: ['stove', 'cooking', 'camping'] },
      { name: '{colour} Folding Camp Chair', about: 'A folding chair with a cup holder and a carry bag.', price: [29, 99], materials: ['polyester'], multiples: true, tags: ['chair', 'camping', 'festival'] },
      { name: '{colour} Travel Hammock', about: 'A parachute-nylon hammock with tree straps.', price: [29, 79], materials: ['nylon'], tags: ['hammock'] },
      { name: '{colour} Picnic Blanket', about: 'A waterproof-backed picnic blanket that rolls up with a strap.', price: [25, 59], materials: ['fleece'], tags: ['picnic', 'summer', 'beach'] },
      { name: '{mod} Trekking Poles', about: 'Collapsible aluminium trekking poles with cork grips.', price: [39, 119], materials: ['aluminium', 'carbon'], colours: ['black', 'grey'], tags: ['hiking', 'poles'] },
    ],
  },
  {
    category: 'toys',
    count: 36,
    colours: ['red', 'blue', 'yellow', 'green', 'pink', 'orange', 'purple', 'natural'],
    modifiers: ['', 'Mini', 'Giant'],
    season: HOLIDAY_PEAK,
    tags: ['toys', 'kids', 'gift'],
    types: [
      { name: '{mod} Wooden Building Blocks', about: 'Fifty smooth beechwood blocks in bright colours.', price: [25, 59], materials: ['wood'], colours: ['natural'], variants: [], role: 'toy', tags: ['blocks', 'wooden', 'toddler'] },
      { name: '{mod} {colour} Plush {variant}', about: 'A huggable plush toy with embroidered eyes.', price: [15, 45], materials: ['polyester'], variants: ['Bear', 'Bunny', 'Fox', 'Elephant', 'Dinosaur', 'Owl', 'Penguin'], role: 'toy', share: 1.6, tags: ['plush', 'soft toy', 'teddy'] },
      { name: '{variant} Jigsaw Puzzle', about: 'A 1000-piece jigsaw with a poster guide.', price: [15, 35], materials: ['cardboard'], colours: [], variants: ['Mountain Lake', 'City at Night', 'Wildflower Meadow', 'Vintage Map', 'Ocean Reef', 'Autumn Forest'], role: 'toy', tags: ['puzzle', 'jigsaw', 'family'] },
      { name: '{mod} Wooden Train Set', about: 'A wooden railway set with bridges and a tunnel.', price: [39, 119], materials: ['wood'], colours: ['natural'], role: 'toy', tags: ['train', 'wooden'] },
      { name: '{variant} Board Game', about: 'A family board game for two to six players.', price: [19, 55], materials: ['cardboard'], colours: [], variants: ['Island Explorers', 'Dragon Race', 'Treasure Trail', 'Word Tower', 'Space Traders'], role: 'toy', tags: ['game', 'family'] },
      { name: '{colour} Stunt Kite', about: 'A dual-line stunt kite for beginners.', price: [25, 59], materials: ['ripstop nylon'], role: 'toy', tags: ['kite', 'outdoor', 'summer'] },
      { name: '{mod} Watercolour Art Set', about: 'Paints, brushes and a pad of thick paper.', price: [19, 49], materials: ['paper'], colours: [], role: 'toy', tags: ['art', 'painting', 'creative'] },
      { name: '{colour} Remote Control Car', about: 'A rechargeable off-road RC car.', price: [35, 89], materials: ['plastic'], colours: ['red', 'blue', 'yellow', 'green'], role: 'toy', tags: ['rc car', 'remote control'] },
      { name: '{mod} Science Kit', about: 'Twenty safe experiments with an illustrated guide.', price: [25, 59], materials: ['mixed'], colours: [], variants: [], role: 'toy', tags: ['science', 'stem', 'educational'] },
    ],
  },
  {
    category: 'beauty',
    count: 32,
    colours: [],
    modifiers: [''],
    season: GIFTING,
    tags: ['beauty', 'skincare', 'self-care'],
    types: [
      { name: '{variant} Gentle Face Cleanser', about: 'A low-foam cleanser that leaves skin soft, never tight.', price: [14, 36], variants: ['Oat', 'Green Tea', 'Rose', 'Unscented', 'Cucumber'], sizes: ['150 ml'], role: 'cleanser', multiples: true, tags: ['cleanser', 'face'] },
      { name: '{variant} Daily Moisturiser', about: 'A lightweight moisturiser with hyaluronic acid.', price: [18, 52], variants: ['Oat', 'Rose', 'Unscented', 'Aloe', 'Green Tea'], sizes: ['50 ml'], role: 'moisturiser', multiples: true, tags: ['moisturiser', 'face cream'] },
      { name: '{variant} Face Serum', about: 'A concentrated serum for brighter, even skin.', price: [22, 68], variants: ['Vitamin C', 'Niacinamide', 'Retinol', 'Hyaluronic'], sizes: ['30 ml'], role: 'serum', tags: ['serum', 'face'] },
      { name: '{variant} Lip Balm', about: 'A nourishing lip balm in a recyclable tube.', price: [5, 12], variants: ['Vanilla', 'Mint', 'Cherry', 'Unscented', 'Honey'], role: 'lip', multiples: true, tags: ['lips', 'balm'] },
      { name: '{variant} Hand Cream', about: 'A rich, fast-absorbing hand cream.', price: [9, 24], variants: ['Lavender', 'Rose', 'Citrus', 'Unscented', 'Fig'], sizes: ['75 ml'], multiples: true, tags: ['hand cream', 'gift'] },
      { name: '{variant} Body Lotion', about: 'A daily body lotion with shea butter.', price: [12, 32], variants: ['Lavender', 'Coconut', 'Citrus', 'Unscented'], sizes: ['250 ml'], tags: ['body', 'lotion'] },
      { name: 'Mineral Sunscreen {variant}', about: 'A reef-friendly mineral sunscreen that leaves no white cast.', price: [14, 34], variants: ['SPF 30', 'SPF 50'], sizes: ['100 ml'], tags: ['sunscreen', 'spf', 'summer'] },
      { name: '{variant} Bath Salts', about: 'Mineral bath salts with essential oils.', price: [12, 28], variants: ['Lavender', 'Eucalyptus', 'Rose', 'Sea Salt'], sizes: ['500 g'], role: 'cosy-decor', tags: ['bath', 'relax', 'gift'] },
    ],
  },
  {
    category: 'books',
    count: 40,
    colours: [],
    modifiers: [''],
    season: GIFTING,
    tags: ['books', 'reading'],
    // Book titles come from bookTitles.ts; these types set the genre, price and role.
    types: [
      { name: '{variant}', about: 'A novel readers could not put down.', price: [14, 28], materials: ['paperback', 'hardcover'], variants: ['novel'], role: 'novel', share: 1.6, tags: ['fiction', 'novel'] },
      { name: '{variant}', about: 'A cookbook of dependable, generous recipes.', price: [22, 45], materials: ['hardcover'], variants: ['cookbook'], role: 'cookbook', tags: ['cookbook', 'recipes', 'cooking'] },
      { name: '{variant}', about: 'A picture book for reading aloud at bedtime.', price: [9, 19], materials: ['hardcover', 'board book'], variants: ['children'], role: 'kids-book', tags: ['children', 'picture book', 'kids'] },
      { name: '{variant}', about: 'A trail guide with maps and route notes.', price: [18, 32], materials: ['paperback'], variants: ['guide'], role: 'guide', tags: ['travel', 'hiking', 'guide'] },
    ],
  },
  {
    category: 'stationery',
    count: 32,
    colours: ['black', 'navy', 'green', 'red', 'grey', 'pink', 'yellow', 'blue'],
    modifiers: ['', 'Pocket', 'Large'],
    season: [1.5, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.4, 1.5, 1.0, 1.0, 1.3],
    tags: ['stationery', 'office', 'writing'],
    types: [
      { name: '{mod} {colour} Dotted Notebook', about: 'A lay-flat notebook with 160 pages of dotted paper.', price: [12, 29], materials: ['paper'], sizes: ['a5', 'a6'], role: 'notebook', multiples: true, share: 1.5, tags: ['notebook', 'bullet journal'] },
      { name: '{mod} {colour} Lined Notebook', about: 'A hardback notebook with ruled pages and a ribbon marker.', price: [10, 25], materials: ['paper'], sizes: ['a5'], role: 'notebook', multiples: true, tags: ['notebook'] },
      { name: '{colour} Fountain Pen', about: 'A smooth-writing fountain pen with a steel nib.', price: [25, 95], materials: ['resin', 'brass'], role: 'pen', tags: ['pen', 'writing', 'gift'] },
      { name: '{variant} Gel Pen Set', about: 'Quick-drying gel pens that never skip.', price: [9, 22], materials: ['plastic'], colours: [], variants: ['Pastel', 'Classic', 'Neon', 'Black'], role: 'pen', multiples: true, tags: ['pens'] },
      { name: '{colour} Weekly Planner', about: 'An undated weekly planner with habit trackers.', price: [15, 35], materials: ['paper'], role: 'notebook', tags: ['planner', 'organiser'] },
      { name: '{colour} Leather Journal', about: 'A refillable leather journal that ages beautifully.', price: [29, 75], materials: ['leather'], colours: ['brown', 'black', 'green'], tags: ['journal', 'gift'] },
      { name: '{mod} Washi Tape Set', about: 'Twelve rolls of patterned paper tape.', price: [8, 18], materials: ['paper'], colours: [], multiples: true, tags: ['tape', 'crafts'] },
      { name: '{variant} Greeting Card Set', about: 'A set of ten blank cards with envelopes.', price: [9, 20], materials: ['paper'], colours: [], variants: ['Botanical', 'Birthday', 'Thank You', 'Holiday'], multiples: true, tags: ['cards', 'gift'] },
    ],
  },
];

/** Groups of roles bought together in one order: an outfit, a coffee set-up, a camping kit. */
export interface GoesWithTemplate {
  name: string;
  roles: string[];
  /** How many distinct groups of this kind the catalogue has. */
  groups: number;
}

export const GOES_WITH: GoesWithTemplate[] = [
  { name: 'outfit', roles: ['shirt', 'trousers', 'belt'], groups: 24 },
  { name: 'smart shoes', roles: ['trousers', 'smart-shoes', 'socks'], groups: 10 },
  { name: 'winter layers', roles: ['coat', 'sweater', 'winter-accessory'], groups: 18 },
  { name: 'coffee set-up', roles: ['brewer', 'beans', 'mug'], groups: 14 },
  { name: 'bedroom refresh', roles: ['duvet', 'sheets', 'cosy-decor'], groups: 12 },
  { name: 'camping kit', roles: ['tent', 'sleeping-bag', 'camp-light'], groups: 9 },
  { name: 'day hike', roles: ['backpack', 'hiking-boots', 'bottle'], groups: 8 },
  { name: 'baking', roles: ['bakeware', 'cookbook', 'apron'], groups: 7 },
  { name: 'cook\'s basics', roles: ['knife', 'board'], groups: 6 },
  { name: 'story time', roles: ['toy', 'kids-book'], groups: 12 },
  { name: 'skincare routine', roles: ['cleanser', 'moisturiser', 'serum'], groups: 8 },
  { name: 'desk', roles: ['notebook', 'pen', 'desk-lamp'], groups: 8 },
  { name: 'reading nook', roles: ['novel', 'tea', 'throw'], groups: 8 },
  { name: 'trail reading', roles: ['guide', 'backpack'], groups: 4 },
];

/** Categories that cannot be returned once opened (consumables and personal care). */
export const NON_RETURNABLE_CATEGORIES = ['beauty', 'coffee'];
