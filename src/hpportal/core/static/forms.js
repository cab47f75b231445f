// Sets up deform's widgets from data-* attributes.
//
// The Content-Security-Policy refuses inline scripts, so the deform templates overridden in
// hpportal/core/deform_templates carry each widget's options (JSON) in data-* attributes where
// deform ships a <script>; this file does what those scripts and the page's `deform.load()` did.
// Loaded by core/templates/form.pt after jQuery and the widgets' own resources.
(function ($) {
  "use strict";
  if (!$) {
    return;
  }

  // Languages the portal speaks that deform's TinyMCE has a translation for (static/tinymce/langs):
  // deform has no Vietnamese catalogue, so it asks TinyMCE for English on a Vietnamese page.
  var TINYMCE_LANGUAGES = ["vi"];

  function options(el, name) {
    var value = el.getAttribute(name);
    if (!value) {
      return {};
    }
    try {
      return JSON.parse(value);
    } catch (error) {
      window.console && console.error("hpportal forms.js: bad JSON in " + name, el, error);
      return {};
    }
  }

  // deform's rule: use the browser's own date or time input when it has one and the widget asks
  // for that input type; otherwise pickadate.
  function needsPicker(el) {
    var nativeType = el.getAttribute("data-native-type");
    var modernizr = window.Modernizr;
    return !nativeType || !(modernizr && modernizr.inputtypes[nativeType]) || !!window.forceDateTimePolyfill;
  }

  function tinymceLanguage(language) {
    var page = (document.documentElement.getAttribute("lang") || "").toLowerCase();
    if ((!language || language === "en") && TINYMCE_LANGUAGES.indexOf(page) >= 0) {
      return page;
    }
    return language || "en";
  }

  function insertBefore($seq) {
    return $seq.find(".deform-insert-before").last();
  }

  function attr(node, name, fallback) {
    return parseInt(node.attr(name) || fallback, 10);
  }

  var widgets = {
    richtext: function (el) {
      if (!window.tinymce) {
        return;
      }
      var settings = $.extend(
        { language: el.getAttribute("data-language"), body_class: el.getAttribute("data-body-class") || "" },
        options(el, "data-tinymce-options"),
        { target: el }
      );
      settings.language = tinymceLanguage(settings.language);
      if (el.getAttribute("data-delayed-load") === "true") {
        $(el).one("click", function () {
          window.tinymce.init(settings);
        });
      } else {
        window.tinymce.init(settings);
      }
    },

    pickadate: function (el) {
      if (needsPicker(el) && $.fn.pickadate) {
        $(el).pickadate(options(el, "data-pickadate-options"));
      }
    },

    pickatime: function (el) {
      if (needsPicker(el) && $.fn.pickatime) {
        $(el).pickatime(options(el, "data-pickatime-options"));
      }
    },

    mask: function (el) {
      if ($.fn.mask) {
        $(el).mask(el.getAttribute("data-mask"), { placeholder: el.getAttribute("data-mask-placeholder") || "_" });
      }
    },

    money: function (el) {
      if ($.fn.maskMoney) {
        $(el).maskMoney(options(el, "data-mask-money-options"));
      }
    },

    typeahead: function (el) {
      if ($.fn.typeahead) {
        $(el).typeahead(options(el, "data-typeahead-options"));
        if (el.hasAttribute("autofocus")) {
          $(el).focus();
        }
      }
    },

    select2: function (el) {
      if (!$.fn.select2) {
        return;
      }
      var tags = el.getAttribute("data-select2-tags");
      $(el).select2({
        containerCssClass: "form-control",
        placeholder: el.getAttribute("data-placeholder") || undefined,
        allowClear: el.getAttribute("data-allow-clear") === "true",
        tags: tags === "true" ? true : undefined,
      });
      if (el.hasAttribute("autofocus")) {
        $(el).select2("focus");
      }
    },

    selectize: function (el) {
      if (!$.fn.selectize) {
        return;
      }
      $(el).selectize(options(el, "data-selectize-options"));
      if (el.hasAttribute("readonly")) {
        el.selectize.lock();
      }
      if (el.hasAttribute("autofocus")) {
        el.selectize.focus();
      }
    },

    sequence: function (el) {
      var $seq = $(el);
      var $before = insertBefore($seq);
      // The settings come in data-* attributes (valid HTML); deform.js reads them under its own names.
      $seq.find(".deform-proto").each(function () {
        this.setAttribute("prototype", this.getAttribute("data-prototype") || "");
      });
      ["min_len", "max_len", "now_len", "orderable"].forEach(function (name) {
        var value = $before.attr("data-" + name.replace("_", "-"));
        if (value !== undefined) {
          $before.attr(name, value);
        }
      });
      var orderable = attr($before, "orderable", "0");
      window.deform.processSequenceButtons(
        $seq,
        attr($before, "min_len", "0"),
        attr($before, "max_len", "100000"),
        attr($before, "now_len", "0"),
        orderable
      );
      var $list = $("#" + el.id + "-orderable");
      if (orderable && $.fn.sortable) {
        var adjustment;
        $list.sortable({
          handle: ".deform-order-button, .card-header",
          containerSelector: "#" + el.id + "-orderable",
          itemSelector: ".deform-seq-item",
          placeholder: '<i class="bi bi-arrow-right"></i>',
          onDragStart: function ($item, container, _super) {
            var offset = $item.offset();
            var pointer = container.rootGroup.pointer;
            adjustment = { left: pointer.left - offset.left, top: pointer.top - offset.top };
            _super($item, container);
          },
          onDrag: function ($item, position) {
            $item.css({ left: position.left - adjustment.left, top: position.top - adjustment.top });
          },
        });
      }
    },

    "ajax-form": function (form) {
      if (!$.fn.ajaxForm) {
        return;
      }
      var id = form.id;
      $(form).ajaxForm(
        $.extend(
          {
            target: "#" + id,
            replaceTarget: true,
            beforeSerialize: function () {
              if (window.tinymce) {
                window.tinymce.triggerSave();
              }
            },
            success: function () {
              setUp(document.getElementById(id));
            },
          },
          options(form, "data-ajax-options")
        )
      );
    },
  };

  // Set up every widget in `root` (an element or the document) that is not set up yet.
  function setUp(root) {
    if (!root) {
      return;
    }
    $(root)
      .find("[data-deform-widget]")
      .addBack("[data-deform-widget]")
      .each(function () {
        if (this.hasAttribute("data-deform-ready")) {
          return;
        }
        this.setAttribute("data-deform-ready", "");
        var setUpWidget = widgets[this.getAttribute("data-deform-widget")];
        if (setUpWidget) {
          setUpWidget(this);
        }
      });
  }

  // Sequences: what deform's onclick attributes did. A new item comes from the prototype
  // without any script: its widgets are set up here.
  $(document).on("click", ".deform-seq-add", function (event) {
    event.preventDefault();
    var seq = $(this).closest(".deform-seq")[0];
    window.deform.appendSequenceItem(this);
    setUp(seq);
  });
  $(document).on("click", ".deform-close-button", function (event) {
    event.preventDefault();
    window.deform.removeSequenceItem(this);
  });

  function start() {
    setUp(document);
    if (window.deform) {
      window.deform.load(); // callbacks other scripts may have registered
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window.jQuery);
