// Leaflet 1.9 ships an ES module build beside its UMD `main`, without types of its own: it exports what
// @types/leaflet describes for the package.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
