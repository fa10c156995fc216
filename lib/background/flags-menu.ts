/**
 * The "Flag as a new person" context menu on a text selection: on click the tab's content
 * script gets `content/open-flag-form` and opens the flag form prefilled with the selection.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { LIMITS } from '../flags/limits';
import type { PageMessage } from '../messages/page';

const MENU_ID = 'flags-new-person';

browser.runtime.onInstalled.addListener(() => {
  // Re-created on every install and update; remove first so an update does not hit "duplicate id".
  void browser.contextMenus
    .remove(MENU_ID)
    .catch(() => {})
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: i18n.t('flags.contextMenu'), contexts: ['selection'] }));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const msg: PageMessage = { type: 'content/open-flag-form', selectionText: (info.selectionText ?? '').slice(0, LIMITS.quoteExact) };
  void browser.tabs.sendMessage(tab.id, msg, { frameId: info.frameId }).catch(() => {});
});

