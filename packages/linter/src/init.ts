/** Crisis contacts a starter policy lists, by country (the rest of the world gets 112 and a reminder to check). */
const CRISIS: Record<string, { instructions: string; contacts: string[] }> = {
  US: {
    instructions: 'I am not available for emergencies. In a crisis call or text 988, call 911, or go to the nearest emergency room.',
    contacts: ['{ name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line, text: true }', '{ name: Emergency services, number: "911", kind: emergency }'],
  },
  CA: {
    instructions: 'I am not available for emergencies. In a crisis call or text 9-8-8, call 911, or go to the nearest emergency department.',
    contacts: ['{ name: 9-8-8 Suicide Crisis Helpline, number: "988", kind: crisis-line, text: true }', '{ name: Emergency services, number: "911", kind: emergency }'],
  },
  GB: {
    instructions: 'I am not available for emergencies. If you are in danger call 999 or go to A&E; for urgent help that is not an emergency call NHS 111; Samaritans answer 116 123 day and night.',
    contacts: ['{ name: Emergency services, number: "999", kind: emergency }', '{ name: NHS 111, number: "111", kind: other }', '{ name: Samaritans, number: "116 123", kind: crisis-line }'],
  },
  IE: {
    instructions: 'I am not available for emergencies. In an emergency call 112 or 999 or go to your nearest emergency department; Samaritans answer 116 123.',
    contacts: ['{ name: Emergency services, number: "112", kind: emergency }', '{ name: Samaritans, number: "116 123", kind: crisis-line }'],
  },
  AU: {
    instructions: 'I am not available for emergencies. In an emergency call 000; Lifeline answers 13 11 14 day and night.',
    contacts: ['{ name: Emergency services, number: "000", kind: emergency }', '{ name: Lifeline, number: "13 11 14", kind: crisis-line }'],
  },
  NZ: {
    instructions: 'I am not available for emergencies. In an emergency call 111; for support call or text 1737.',
    contacts: ['{ name: Emergency services, number: "111", kind: emergency }', '{ name: Need to talk? 1737, number: "1737", kind: crisis-line, text: true }'],
  },
};

const FALLBACK = {
  instructions: 'I am not available for emergencies. In an emergency call 112 or go to the nearest emergency department.',
  contacts: ['{ name: Emergency services, number: "112", kind: emergency }'],
};

export interface StarterOptions {
  id: string;
  /** The clinician's name; without it the starter policy asks for one. */
  name?: string;
  jurisdiction: string;
  today: string;
}

/**
 * A starter policy. Every value only the therapist can give is written as "[…]" placeholder text, so the
 * file fails placeholder-text on exactly those lines until they are filled in; everything else passes every rule.
 */
export function starterPolicy({ id, name, jurisdiction, today }: StarterOptions): string {
  const country = jurisdiction.slice(0, 2);
  const crisis = CRISIS[country] ?? FALLBACK;
  const uk = country === 'GB';
  return `# Clearframe communications and social-media policy.
# Fill in every value in [square brackets]; until then lint lists each one as placeholder-text:
#   npx clearframe lint ${id}.yaml
# The other values are a starting point, not yet your policy: read them and change what differs.
# Field reference: npx clearframe schema   Rules: npx clearframe rules
apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: ${id}
  title: Communications & Social Media Policy
  clinician:
    name: ${JSON.stringify(name ?? '[Your Name]')}
  jurisdiction: ${jurisdiction}
  language: en
  effective: "${today}"
  reviewed: "${today}"
spec:
  contact:
    methods:
      - id: office-phone
        kind: phone
        address: "[your office phone number]"
        hours: "[your office hours, e.g. Mon-Fri 9:00-17:00]"
      - id: email
        kind: email
        address: "[your e-mail address]"
        secure: false
        riskNote: Ordinary e-mail is not encrypted; please use it for scheduling only.
      - id: text
        kind: sms
        offered: false
        note: I do not use text messages; texts to me may go unread.
    routes:
      administrative: { via: [office-phone, email], note: "Scheduling, cancellations and billing" }
      clinical: { via: [office-phone], note: Please bring clinical matters to our sessions. }
      crisis:
        instructions: ${JSON.stringify(crisis.instructions)}
        contacts:
${crisis.contacts.map((c) => `          - ${c}`).join('\n')}
        via: []
    betweenSessions: Messages between sessions are for logistics; therapy happens in session.
  turnaround:
    within: 2 business days # your official reply time
    excludes: [weekends, holidays, vacations]
    fasterRepliesNotGuaranteed: true
    note: I may reply sooner, but please do not count on it.
  socialMedia:
    uses: false
    friending:
      allowed: false
      rationale: Connecting on social media could reveal that you are my client and blur our working relationship.
    following: { therapistFollowsClients: false }
    searchingClients: { allowed: false, exceptions: Only if I believe someone's safety is at immediate risk. }
    reviewSites: { solicitTestimonials: false, respondPublicly: false, note: I will not confirm or discuss our work in public replies. }
    encounters: If we meet online by chance, I will not interact unless you approach me first.
  privacy:
    electronicRisks: E-mail and text messages can be read by others and are not encrypted; you choose what to send.
    unencryptedConsent: required
    dataProtection:
      encryption: My devices and records are encrypted.${uk ? '\n      registration: { authority: ICO, number: "[your ICO registration number]" }' : ''}
    records: Messages about your care become part of your clinical record.
  concerns:
    channels: [Tell me in session, Write to me at the address above]
  sharing:
    atIntake: true
    acknowledgement: signed
    url: "https://[your-website]/communications-policy"
`;
}
