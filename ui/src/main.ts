import { mount } from 'svelte';
import App from './App.svelte';
import StageScreen from './StageScreen.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// The same page serves the main window and the stage window (#stage).
export default location.hash === '#stage' ? mount(StageScreen, { target }) : mount(App, { target });
