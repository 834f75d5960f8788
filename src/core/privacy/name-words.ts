/**
 * Word lists the name check uses beside the lexicon: how people and organisations are introduced in
 * clinical notes, and which capitalised names are not identifying. All lower case.
 */

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd', 'cllr']);

/** A word just before a capitalised pair that introduces a person: "her sister Jane Whitfield". */
export const PERSON_CUES = new Set([
  'sister', 'brother', 'mother', 'father', 'mum', 'mom', 'dad', 'son', 'daughter', 'wife', 'husband', 'partner', 'ex', 'boyfriend',
  'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'friend', 'flatmate', 'roommate', 'housemate', 'colleague', 'manager', 'boss',
  'director', 'sponsor', 'teacher', 'tutor', 'nurse', 'doctor', 'gp', 'consultant', 'psychiatrist', 'psychologist', 'therapist',
  'counsellor', 'counselor', 'worker', 'neighbour', 'neighbor', 'landlord', 'landlady', 'cousin', 'aunt', 'auntie', 'uncle', 'grandmother',
  'grandfather', 'gran', 'granny', 'nan', 'nana', 'grandma', 'grandad', 'grandpa', 'niece', 'nephew', 'stepmother', 'stepfather', 'stepmum',
  'stepdad', 'stepson', 'stepdaughter', 'child', 'kin', 'name', 'named', 'called', 'solicitor', 'lawyer', 'officer', 'headteacher',
  'head', 'lead', 'carer', 'client', 'patient', 'contact', 'referrer', 'mentor', 'coach', 'pastor', 'vicar', 'imam', 'rabbi', 'priest',
]);

/** Words that may stand between a cue and the name: "her ex, Tom Baxter", "the new director, Priya Shah". */
export const CUE_FILLERS = new Set(['her', 'his', 'their', 'my', 'our', 'the', 'a', 'an', 'new', 'old', 'former', 'late', 'charge', 'social', 'best', 'school', 'line', 'younger', 'older', 'elder', 'big', 'little']);

/** The last word of an organisation's name. */
export const ORGANISATION_ENDINGS = new Set([
  'ltd', 'limited', 'plc', 'inc', 'llc', 'llp', 'corp', 'corporation', 'co', 'company', 'group', 'holdings', 'partners', 'partnership',
  'associates', 'solicitors', 'accountants', 'lettings', 'estates', 'properties', 'homes', 'bank', 'council', 'trust',
  'foundation', 'charity', 'school', 'academy', 'college', 'university', 'nursery', 'preschool', 'hospital', 'hospitals', 'hospice',
  'clinic', 'surgery', 'practice', 'centre', 'center', 'church', 'mosque', 'synagogue', 'temple', 'gurdwara', 'club', 'society',
  'association', 'institute', 'services', 'agency', 'constabulary', 'police', 'authority', 'logistics', 'consulting', 'consultancy',
  'solutions', 'systems', 'technologies', 'media', 'water', 'energy', 'gas', 'airways', 'airlines', 'railway', 'railways', 'motors',
  'foods', 'stores', 'supermarket', 'pharmacy', 'healthcare', 'care', 'studios', 'studio', 'garage', 'bakery', 'hotel', 'restaurant',
  'cafe', 'café', 'pub', 'gym', 'library', 'prison', 'barracks', 'regiment', 'fc', 'chambers', 'press', 'magazine',
]);

/** The first word of an organisation named "X of Y": "University of Leeds", "Bank of Scotland". */
export const ORGANISATION_STARTS = new Set(['university', 'bank', 'college', 'church', 'department', 'institute', 'school', 'academy', 'ministry', 'council', 'museum']);

/** Words before a name that make it an employer, a school or another organisation: "works at Barclays". */
export const ORGANISATION_CUES = new Set([
  'works', 'worked', 'working', 'employed', 'employer', 'employers', 'job', 'placement', 'studies', 'studying', 'student', 'attends',
  'attending', 'volunteers', 'volunteering', 'joined', 'interning', 'intern', 'apprenticeship', 'apprentice', 'pupil', 'enrolled',
  // Property keys: `employer: Hollins Logistics`, `school: Greenfield Primary`.
  'school', 'college', 'workplace', 'company', 'firm', 'organisation', 'organization',
]);
export const ORGANISATION_CUE_LINKS = new Set(['at', 'for', 'by', 'with', 'in', 'to']);

/** Named services and platforms every practitioner mentions: naming them identifies no one. */
export const NOT_IDENTIFYING = new Set([
  'nhs', 'bacp', 'ukcp', 'bps', 'hcpc', 'ncps', 'emcc', 'icf', 'ac', 'gp', 'a&e', 'camhs', 'iapt', 'samaritans', 'mind', 'shout',
  'childline', 'citizens advice', 'jobcentre', 'jobcentre plus', 'job centre', 'job centre plus', 'dwp', 'hmrc', 'universal credit',
  'zoom', 'teams', 'microsoft teams', 'skype', 'whatsapp', 'facetime', 'google meet', 'talking therapies', 'nhs talking therapies',
  'social services', "children's services", 'adult social care', 'crisis team', 'home treatment team', 'cruse', 'relate', 'refuge',
  'alcoholics anonymous', 'narcotics anonymous', 'red cross', 'police', 'the police',
]);

/**
 * Last words of a named questionnaire, scale or test ("Beck Depression Inventory", "Hamilton
 * Anxiety Rating Scale"): a measure named after its author identifies no one in the note.
 */
export const MEASURE_ENDINGS = new Set(['inventory', 'scale', 'scales', 'questionnaire', 'test', 'index', 'assessment', 'checklist', 'survey', 'measure', 'schedule', 'screener', 'battery', 'interview', 'profile']);

/**
 * Irish and Scottish Gaelic particles inside a surname, capitalised as names are ("Seán Ó Briain",
 * "Máire Ní Bhriain", "Aoife Nic Giolla"): they join a name's words, and a name holding one is a
 * person's.
 */
export const NAME_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic', 'Ua']);

