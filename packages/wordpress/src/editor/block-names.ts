// The blocks the editor script gives an editing side: one for each element of the plugin
// (includes/class-sinn-widgets-elements.php, blocks/<name>/block.json; test/elements.test.ts keeps them together).
export const BLOCKS = ['sinn/initiatives', 'sinn/map', 'sinn/events', 'sinn/mentors', 'sinn/join', 'sinn/survey'];
