import { render } from 'preact';
import { i18n } from '#i18n';
import { personFlagsCss } from '@/components/flags/styles';
import { App } from './App';
import { optionsCss } from './styles';

document.title = i18n.t('options.title');
const style = document.createElement('style');
style.textContent = personFlagsCss + optionsCss;
document.head.append(style);
render(<App />, document.getElementById('app')!);
