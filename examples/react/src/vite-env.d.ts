/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Address of the SINN API the elements read from. */
  readonly VITE_SINN_API?: string;
}
