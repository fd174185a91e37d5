/* Infoloker portal: progressive enhancement only. Every page works without this file. */
(function () {
  'use strict';
})();
