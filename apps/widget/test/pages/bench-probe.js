// Marks the first frame painted after the widget rendered its ladders.
document.addEventListener('careerpath:load', () => {
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('careerpath:painted')
    window.__painted = true
  }, 0))
})
