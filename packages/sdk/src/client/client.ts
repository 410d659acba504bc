import { parseWithContract } from './contract-parser.js';
import { SinnHttpClient, type SinnClientOptions } from './http-client.js';

/**
 * The typed client of the SINN API for npm users: every answer is checked with the contract's zod schemas, so an
 * answer that does not fit is a `SinnContractError`, never a surprise further on. Pass your own `parse` to check
 * otherwise; `SinnHttpClient` is the same client without the schemas (what the widgets run).
 */
export class SinnClient extends SinnHttpClient {
  constructor(options: SinnClientOptions) {
    super({ parse: parseWithContract, ...options });
  }
}
