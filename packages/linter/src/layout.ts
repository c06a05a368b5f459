// The repository layout of a clinic group: clinics/<clinic>/clinic.yaml and clinics/<clinic>/policies/*.yaml.

/** The clinic of a file under clinics/<clinic>/…, else '' (the shared namespace). */
export function clinicFromPath(relativePath: string): string {
  const parts = relativePath.split('/');
  const index = parts.indexOf('clinics');
  return index !== -1 && index < parts.length - 2 ? parts[index + 1]! : '';
}
