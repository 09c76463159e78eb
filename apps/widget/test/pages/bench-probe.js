// Marks the first frame painted after the widget rendered its ladders.
document.addEventListener('careerpath:load', () => {
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('careerpath:painted')
    window.__painted = true
    // Tells the bench without it polling the page (polling runs script in the page while the widget works).
    console.debug('careerpath:painted')
  }, 0))
})
