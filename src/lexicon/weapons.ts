/**
 * Weapon and product names: capitalised like names but never actors ("Kalashnikov replicas").
 * Lower case; matched against single words.
 */
export const WEAPONS_AND_PRODUCTS: readonly string[] = [
  'kalashnikov', 'kalashnikovs', 'ak-47', 'ak-74', 'm16', 'm4', 'ar-15', 'uzi', 'glock', 'beretta', 'luger',
  'javelin', 'javelins', 'stinger', 'stingers', 'nlaw', 'himars', 'patriot', 'patriots', 'tomahawk', 'tomahawks',
  'bayraktar', 'bayraktars', 'shahed', 'shaheds', 'kinzhal', 'iskander', 'kalibr', 'sarmat', 'grad', 'katyusha',
  'scud', 'scuds', 'hellfire', 'abrams', 'leopard', 'leopards', 'challenger', 'bradley', 'bradleys', 'humvee',
  'humvees', 'kevlar', 'semtex', 'sukhoi', 'mig', 'mig-29', 'f-16', 'f-16s', 'f-35', 'f-35s', 'apache',
  'apaches', 'black hawk', 'chinook', 'reaper', 'predator', 'switchblade', 'starlink', 'iphone', 'ipad',
  'android', 'windows', 'playstation', 'xbox', 'viagra', 'botox', 'tylenol', 'prozac', 'oxycontin',
];
