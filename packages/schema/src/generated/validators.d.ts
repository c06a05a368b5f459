// Hand-written declarations for the generated ajv standalone validators.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export declare const validatePolicy: StandaloneValidator;
export declare const validateConfig: StandaloneValidator;
