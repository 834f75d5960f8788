import type { IdentifierKind } from './kinds';

/** Each kind of identifying detail in plain words, as the view, notices and warnings name it. */
export const KIND_WORDS: Readonly<Record<IdentifierKind, string>> = {
  email: 'e-mail address',
  phone: 'phone number',
  postcode: 'postcode or ZIP code',
  address: 'street address',
  'date-of-birth': 'date of birth',
  'id-number': 'identity or health number',
  'person-name': 'full name of a person',
  organisation: 'name of an organisation',
};
