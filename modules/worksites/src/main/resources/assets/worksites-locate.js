// Offers "use my position" only where the browser can locate: without script the button does not
// exist and the typed fields remain.
(function () {
  if (!navigator.geolocation) { return; }
  var holder = document.getElementById('locate');
  if (!holder) { return; }
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = holder.dataset.label;
  button.onclick = function () {
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
    });
  };
  holder.appendChild(button);
})();
