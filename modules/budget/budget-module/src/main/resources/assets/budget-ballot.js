// Keeps the ballot's total up to date while the voter ticks or types; the form works without it.
(function () {
  var form = document.getElementById('ballot');
  var total = document.getElementById('ballot-total');
  if (!form || !total) { return; }
  function update() {
    var sum = 0;
    form.querySelectorAll('[data-weight]').forEach(function (input) {
      if (input.type === 'checkbox') { if (input.checked) { sum += Number(input.dataset.weight); } }
      else { sum += Math.max(0, Number(input.value) || 0); }
    });
    total.textContent = String(sum);
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
})();
