/**
 * Names people say and type for a State that the UN writes otherwise: short
 * forms ("UK", "Russia"), former names ("Swaziland", "Turkey") and common
 * English forms ("Vietnam", "South Korea"). By roster id; searched as names
 * are, and an alias typed in full counts as much as a code.
 */
export const rosterAliases: Readonly<Record<string, readonly string[]>> = {
  GBR: ['UK', 'United Kingdom', 'Britain', 'Great Britain'],
  USA: ['US', 'USA', 'United States', 'America'],
  TUR: ['Turkey'],
  VNM: ['Vietnam'],
  KOR: ['South Korea', 'ROK'],
  PRK: ['North Korea', 'DPRK'],
  RUS: ['Russia'],
  IRN: ['Iran'],
  SYR: ['Syria'],
  BOL: ['Bolivia'],
  VEN: ['Venezuela'],
  TZA: ['Tanzania'],
  LAO: ['Laos'],
  MDA: ['Moldova'],
  CZE: ['Czech Republic', 'Czech'],
  SWZ: ['Swaziland'],
  VAT: ['Vatican', 'Vatican City', 'Holy See'],
  PSE: ['Palestine'],
  MKD: ['Macedonia'],
  CIV: ['Ivory Coast'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  MMR: ['Burma'],
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Congo-Brazzaville'],
  FSM: ['Micronesia'],
  BRN: ['Brunei'],
  NLD: ['Holland', 'The Netherlands'],
  ARE: ['UAE', 'Emirates'],
  KNA: ['St Kitts and Nevis', 'Saint Kitts'],
  LCA: ['St Lucia'],
  VCT: ['St Vincent and the Grenadines', 'Saint Vincent'],
  BHS: ['Bahamas'],
  GMB: ['Gambia'],
}
