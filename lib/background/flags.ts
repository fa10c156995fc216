/**
 * The flags subsystem's background registration, imported once by entrypoints/background.ts:
 * message handlers and sync timer (flags-handlers.ts), and the context menu (flags-menu.ts).
 */
import './flags-handlers';
import './flags-menu';
