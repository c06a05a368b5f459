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
  name: string;
  jurisdiction: string;
  today: string;
}

/** A starter policy that passes lint; every value a therapist must change is marked with a comment. */
export function starterPolicy({ id, name, jurisdiction, today }: StarterOptions): string {
  const country = jurisdiction.slice(0, 2);
  const crisis = CRISIS[country] ?? FALLBACK;
  const uk = country === 'GB';
  return `# Clearframe communications and social-media policy.
# Edit every line marked "change me", then run: npx clearframe lint ${id}.yaml
# Field reference: npx clearframe schema   Rules: npx clearframe rules
apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: ${id}
  title: Communications & Social Media Policy
  clinician:
    name: ${JSON.stringify(name)}
  jurisdiction: ${jurisdiction}
  language: en
  effective: ${today}
  reviewed: ${today}
spec:
  contact:
    methods:
      - id: office-phone
        kind: phone
        address: "+00 000 000 0000" # change me: your office number
        hours: Mon-Fri 9:00-17:00 # change me
      - id: email
        kind: email
        address: you@example.com # change me
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
    within: 2 business days # change me: your official reply time
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
      encryption: My devices and records are encrypted.${uk ? '\n      registration: { authority: ICO, number: Z0000000 } # change me: your ICO registration number' : ''}
  concerns:
    channels: [Tell me in session, Write to me at the address above] # change me
  sharing:
    atIntake: true
    acknowledgement: signed
    url: https://example.com/communications-policy # change me: where the policy is published
`;
}
