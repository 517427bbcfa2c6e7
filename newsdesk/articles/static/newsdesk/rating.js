// Rate without a reload; the form still works as a plain POST when scripts are off.
document.querySelectorAll("form[data-rate]").forEach((form) => {
  form.addEventListener("submit", async (event) => {
    const button = event.submitter;
    if (!button) return;
    event.preventDefault();
    const body = new FormData(form);
    body.set("stars", button.value);
    const response = await fetch(form.action, {
      method: "POST", body, headers: { Accept: "application/json" }, credentials: "same-origin",
    });
    if (!response.ok) { form.submit(); return; }
    const data = await response.json();
    const box = form.closest(".rating");
    box.querySelector("[data-total]").textContent = data.total;
    box.querySelector("[data-average]").textContent = data.total ? Number(data.average).toFixed(1) : "0";
    form.querySelectorAll("button").forEach((b) => {
      b.setAttribute("aria-pressed", String(b === button));
      b.classList.toggle("lit", Number(b.value) <= data.yours);
    });
    box.querySelector("[data-rating-status]").textContent =
      `Thank you: you rated this ${data.yours} star${data.yours === 1 ? "" : "s"}.`;
  });
});
