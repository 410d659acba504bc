// A picture that could not come (the phone was offline as the list drew) would stay broken after the connection is
// back: the browser does not ask again by itself. Setting its source again, even to the same address, makes it ask.

/** An `@error` handler for an `<img>`: it asks for its picture again when the browser is next online. */
export function againWhenOnline(event: Event): void {
  const image = event.target as HTMLImageElement;
  addEventListener('online', () => image.isConnected && (image.src = image.src), { once: true });
}
