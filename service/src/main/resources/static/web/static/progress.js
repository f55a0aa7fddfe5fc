// Progressive enhancement of a job's progress page: without JavaScript the page reloads itself
// (a meta refresh inside <noscript>); with it, this script asks for the same page every few
// seconds and updates the bar and the state line in place, so a screen reader hears the progress
// (the state line is a polite live region) and nobody loses their place. When the job ends, the
// page's main content is replaced by the finished page's (its banner is an alert) and polling stops.
// "Stop refreshing this page" still works: it opens the page without polling.
const refreshing = document.getElementById('refreshing');
if (refreshing) {
  const every = 1000 * Number(refreshing.dataset.every || 2);
  const main = document.getElementById('main-content');
  const poll = async () => {
    let next;
    try {
      const answer = await fetch(window.location.href, { headers: { Accept: 'text/html' } });
      if (!answer.ok) {
        return setTimeout(poll, every);
      }
      next = new DOMParser().parseFromString(await answer.text(), 'text/html');
    } catch (e) {
      return setTimeout(poll, every);
    }
    const nextMain = next.getElementById('main-content');
    if (!nextMain) {
      return setTimeout(poll, every);
    }
    if (next.getElementById('refreshing')) {
      for (const id of ['progress', 'state']) {
        const here = document.getElementById(id);
        const there = next.getElementById(id);
        if (here && there) {
          if (id === 'progress') {
            here.value = there.value;
            here.textContent = there.textContent;
          } else if (here.textContent !== there.textContent) {
            here.textContent = there.textContent;
          }
        }
      }
      return setTimeout(poll, every);
    }
    main.replaceChildren(...Array.from(nextMain.childNodes).map((n) => document.importNode(n, true)));
  };
  setTimeout(poll, every);
}
