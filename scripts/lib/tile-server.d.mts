/** The tile host's name, resolved to 127.0.0.1 by the tests' Chromium (--host-resolver-rules). */
export const TILE_HOST: string;

export interface TileCertificate {
  key: Buffer;
  cert: Buffer;
  /** Base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
}

/** A key and a self-signed certificate for TILE_HOST, made by the openssl CLI. */
export function tileCertificate(): TileCertificate;

export interface TileServer {
  /** `https://tiles.sinn.test:PORT`. */
  url: string;
  /** The path of every request, in order. */
  log: string[];
  stop(): Promise<void>;
}

/** Starts the HTTPS tile server on a free loopback port. */
export function startTileServer(certificate: TileCertificate): Promise<TileServer>;
