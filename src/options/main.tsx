import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { Options } from './Options.tsx';
import { t, uiLanguage } from '../ui/i18n.ts';

document.documentElement.lang = uiLanguage().slice(0, 2);
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
