import * as z from 'zod/mini';

/**
 * Every named schema of the public contract. The OpenAPI document is generated from this registry, so a schema
 * registered here appears under `components.schemas` with its id, and every use of it becomes a `$ref`.
 */
export const contract = z.registry<{ id: string; description?: string }>();

export function named<T extends z.core.$ZodType>(id: string, schema: T, description?: string): T {
  contract.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}
