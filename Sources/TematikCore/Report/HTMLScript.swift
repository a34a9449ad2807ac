/// The script inlined into `report.html`: makes `table.sortable` headers sort their table on click or
/// Enter. Cells sort by `data-sort` when present (numbers), else by text in the page's language order.
/// Kept small and free of dependencies; without it the tables are simply static.
enum HTMLScript {
    static let js = """
        (function () {
          "use strict";
          var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
          function key(row, index) {
            var cell = row.cells[index];
            if (!cell) { return ""; }
            return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
          }
          function sort(table, header, index) {
            var numeric = header.classList.contains("num");
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.forEach(function (row, i) { row.dataset.order = i; });
            rows.sort(function (a, b) {
              var x = key(a, index), y = key(b, index), c;
              if (numeric) { c = (parseFloat(x) || 0) - (parseFloat(y) || 0); } else { c = collator.compare(x, y); }
              if (c === 0) { c = a.dataset.order - b.dataset.order; return c; }
              return ascending ? c : -c;
            });
            rows.forEach(function (row) { body.appendChild(row); });
            Array.prototype.forEach.call(header.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          }
          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            var headers = table.tHead ? table.tHead.rows[0].cells : [];
            Array.prototype.forEach.call(headers, function (th, index) {
              th.tabIndex = 0;
              th.addEventListener("click", function () { sort(table, th, index); });
              th.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(table, th, index); }
              });
            });
          });
        })();
        """
}
