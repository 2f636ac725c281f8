/**
 * A news page built from the kinds of markup ad servers, paywall vendors and newsletter tools put on
 * real pages: ad slots holding iframes (with and without an "Advertisement" label), a sticky
 * subscription banner, a modal newsletter prompt with a backdrop, a donation appeal module inside the
 * article, a sponsored in-feed card, and a sidebar with an ad frame. Shared by the unit and e2e tests.
 */
import { PROSE } from './page';

export const ARTICLE_PARAGRAPHS = PROSE;

export const PAGE_CLUTTER_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves rebuild of the old bridge</title>
<style>
  body { font: 16px/1.5 sans-serif; margin: 0; }
  .layout { display: flex; gap: 16px; }
  main { flex: 1; max-width: 640px; padding: 0 16px; }
  .rail { flex: 0 0 200px; }
  .sub-bar { position: sticky; top: 0; background: #fee; padding: 8px; z-index: 5; }
  .nl-modal-bg { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 9; }
  .nl-modal { position: fixed; top: 20%; left: 10%; right: 10%; background: #fff; padding: 16px; z-index: 10; }
  .slot iframe, .ad-frame, .ad-container iframe { width: 300px; max-width: 100%; height: 250px; border: 0; display: block; }
</style></head>
<body>
<div class="sub-bar" id="subscribe-banner" data-component="subscription-banner">
  <p>Support independent journalism. Subscribe from just $1 a week.</p>
  <a class="btn" href="/subscribe">Subscribe now</a>
</div>
<header class="masthead"><a href="/">The Riverside Gazette</a>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="ad-container leaderboard" id="ad-top">
  <div class="ad-label">Advertisement</div>
  <iframe id="google_ads_iframe_/1234/news/top_0" title="3rd party ad content" src="about:blank"></iframe>
</div>
<div class="layout">
<main>
  <article class="story">
    <h1>Council approves rebuild of the old bridge</h1>
    <p class="byline">By Jane Smith</p>
    <p>${PROSE[0]}</p>
    <p>${PROSE[1]}</p>
    <div class="slot" data-ad-unit="mid-article"><iframe src="about:blank" title="Advertisement"></iframe></div>
    <p>${PROSE[2]}</p>
    <aside class="contributions-epic">
      <h2>Before you go</h2>
      <p>Our reporting is funded by readers like you. If you value independent local journalism, please consider making a donation today.</p>
      <a href="/donate">Donate now</a>
    </aside>
    <p>${PROSE[3]}</p>
    <p>${PROSE[4]}</p>
  </article>
  <section class="feed">
    <article class="card"><a href="/news/ferry">Ferry service to return next summer</a></article>
    <article class="card sponsored" data-ad="native"><a href="https://shop.example/">Five kitchen gadgets you need</a><span>Sponsored</span></article>
    <article class="card"><a href="/news/school">New school opens its doors</a></article>
  </section>
</main>
<aside class="rail">
  <div class="mpu"><iframe class="ad-frame" name="ad_rail_1" src="about:blank"></iframe></div>
  <section class="most-read"><h2>Most read</h2><ol>
    <li><a href="/news/ferry">Ferry service to return next summer</a></li>
    <li><a href="/news/school">New school opens its doors</a></li>
  </ol></section>
</aside>
</div>
<div class="nl-modal-bg modal-backdrop"></div>
<div class="nl-modal" role="dialog" aria-modal="true" aria-labelledby="nl-title">
  <h2 id="nl-title">Get the morning briefing</h2>
  <p>The day's top stories from the riverside, in your inbox every morning.</p>
  <label>Your email <input type="email"></label>
  <button type="button">Sign up</button>
  <button type="button" class="close">No thanks</button>
</div>
<footer><a href="/about">About us</a></footer>
</body></html>`;
