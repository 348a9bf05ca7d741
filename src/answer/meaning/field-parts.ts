/**
 * Fields of business and the kinds of work that are part of them: "fintech" is shown by
 * payments or lending work, though a payments question is not answered by any fintech line.
 * One way only, unlike the related words: a part shows its field, a field shows no part.
 * Words a developer also uses of code ("delivery", "grid", "claims", "property") are left out.
 */
export const FIELD_PARTS: Readonly<Record<string, readonly string[]>> = {
  fintech: ['payment', 'payments', 'lending', 'loans', 'remittance', 'remittances', 'neobank'],
  'financial services': ['payment', 'payments', 'banking', 'lending', 'insurance'],
  healthtech: ['hospital', 'hospitals', 'clinic', 'clinics', 'clinical', 'patient', 'patients'],
  healthcare: ['hospital', 'hospitals', 'clinic', 'clinics', 'clinical', 'patient', 'patients'],
  edtech: ['school', 'schools', 'teachers', 'classroom', 'classrooms', 'learning platform'],
  'e-commerce': ['storefront', 'online store', 'online shop', 'marketplace', 'shopify'],
  ecommerce: ['storefront', 'online store', 'online shop', 'marketplace', 'shopify'],
  telecom: ['telco', 'telcos', 'mobile network', 'mobile operator'],
  logistics: ['freight', 'warehouse', 'warehouses', 'courier', 'parcel', 'parcels'],
  gaming: ['video game', 'video games', 'multiplayer', 'game studio'],
  energy: ['ev charging', 'solar', 'utilities', 'power grid'],
  proptech: ['real estate', 'mortgage', 'mortgages', 'rental listings'],
  insurtech: ['insurance', 'underwriting', 'policyholders'],
};

/** The kinds of work that show a field, for a field the table knows. */
export function partsOf(field: string): readonly string[] {
  return FIELD_PARTS[field.toLowerCase()] ?? [];
}
