// ISO 3166-2 names of the subdivisions our users write in metadata.jurisdiction (US states, Canadian provinces, the UK's
// countries, Australian states). Intl.DisplayNames names countries but not subdivisions, so this small table does.

const SUBDIVISIONS: Readonly<Record<string, string>> = {
  'US-AL': 'Alabama', 'US-AK': 'Alaska', 'US-AZ': 'Arizona', 'US-AR': 'Arkansas', 'US-CA': 'California', 'US-CO': 'Colorado',
  'US-CT': 'Connecticut', 'US-DE': 'Delaware', 'US-DC': 'District of Columbia', 'US-FL': 'Florida', 'US-GA': 'Georgia',
  'US-HI': 'Hawaii', 'US-ID': 'Idaho', 'US-IL': 'Illinois', 'US-IN': 'Indiana', 'US-IA': 'Iowa', 'US-KS': 'Kansas',
  'US-KY': 'Kentucky', 'US-LA': 'Louisiana', 'US-ME': 'Maine', 'US-MD': 'Maryland', 'US-MA': 'Massachusetts', 'US-MI': 'Michigan',
  'US-MN': 'Minnesota', 'US-MS': 'Mississippi', 'US-MO': 'Missouri', 'US-MT': 'Montana', 'US-NE': 'Nebraska', 'US-NV': 'Nevada',
  'US-NH': 'New Hampshire', 'US-NJ': 'New Jersey', 'US-NM': 'New Mexico', 'US-NY': 'New York', 'US-NC': 'North Carolina',
  'US-ND': 'North Dakota', 'US-OH': 'Ohio', 'US-OK': 'Oklahoma', 'US-OR': 'Oregon', 'US-PA': 'Pennsylvania', 'US-RI': 'Rhode Island',
  'US-SC': 'South Carolina', 'US-SD': 'South Dakota', 'US-TN': 'Tennessee', 'US-TX': 'Texas', 'US-UT': 'Utah', 'US-VT': 'Vermont',
  'US-VA': 'Virginia', 'US-WA': 'Washington', 'US-WV': 'West Virginia', 'US-WI': 'Wisconsin', 'US-WY': 'Wyoming',
  'US-PR': 'Puerto Rico', 'US-GU': 'Guam', 'US-VI': 'U.S. Virgin Islands', 'US-AS': 'American Samoa', 'US-MP': 'Northern Mariana Islands',
  'CA-AB': 'Alberta', 'CA-BC': 'British Columbia', 'CA-MB': 'Manitoba', 'CA-NB': 'New Brunswick', 'CA-NL': 'Newfoundland and Labrador',
  'CA-NS': 'Nova Scotia', 'CA-NT': 'Northwest Territories', 'CA-NU': 'Nunavut', 'CA-ON': 'Ontario', 'CA-PE': 'Prince Edward Island',
  'CA-QC': 'Quebec', 'CA-SK': 'Saskatchewan', 'CA-YT': 'Yukon',
  'GB-ENG': 'England', 'GB-SCT': 'Scotland', 'GB-WLS': 'Wales', 'GB-NIR': 'Northern Ireland',
  'AU-NSW': 'New South Wales', 'AU-VIC': 'Victoria', 'AU-QLD': 'Queensland', 'AU-WA': 'Western Australia', 'AU-SA': 'South Australia',
  'AU-TAS': 'Tasmania', 'AU-ACT': 'Australian Capital Territory', 'AU-NT': 'Northern Territory',
};

// Spanish names where they differ from the English ones.
const SUBDIVISIONS_ES: Readonly<Record<string, string>> = {
  'US-DC': 'Distrito de Columbia', 'US-HI': 'Hawái', 'US-LA': 'Luisiana', 'US-MI': 'Míchigan', 'US-MS': 'Misisipi', 'US-MO': 'Misuri',
  'US-NJ': 'Nueva Jersey', 'US-NM': 'Nuevo México', 'US-NY': 'Nueva York', 'US-NC': 'Carolina del Norte', 'US-ND': 'Dakota del Norte',
  'US-OR': 'Oregón', 'US-PA': 'Pensilvania', 'US-SC': 'Carolina del Sur', 'US-SD': 'Dakota del Sur', 'US-WV': 'Virginia Occidental',
  'US-VI': 'Islas Vírgenes de EE. UU.', 'US-AS': 'Samoa Americana', 'US-MP': 'Islas Marianas del Norte',
  'CA-BC': 'Columbia Británica', 'CA-NB': 'Nuevo Brunswick', 'CA-NL': 'Terranova y Labrador', 'CA-NS': 'Nueva Escocia',
  'CA-NT': 'Territorios del Noroeste', 'CA-PE': 'Isla del Príncipe Eduardo', 'CA-QC': 'Quebec',
  'GB-ENG': 'Inglaterra', 'GB-SCT': 'Escocia', 'GB-WLS': 'Gales', 'GB-NIR': 'Irlanda del Norte',
  'AU-NSW': 'Nueva Gales del Sur', 'AU-WA': 'Australia Occidental', 'AU-SA': 'Australia Meridional',
  'AU-ACT': 'Territorio de la Capital Australiana', 'AU-NT': 'Territorio del Norte',
};

/** The subdivision's name in the language (Spanish or English), or undefined when the table does not have it. */
export function subdivisionName(code: string, lang: string): string | undefined {
  const key = code.toUpperCase();
  return (lang.split('-')[0]!.toLowerCase() === 'es' ? SUBDIVISIONS_ES[key] : undefined) ?? SUBDIVISIONS[key];
}
