/** Policy, clinic and method ids: lower-case letters, digits and dashes, at most 100 characters (as in the JSON Schema). */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
