export default defineBackground(() => {
  // Message handlers are registered by lib/background modules (dataset lookups, flags).
});
