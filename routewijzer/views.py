"""Site-wide views: quick exit, robots.txt."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt  # someone leaving in a hurry must never meet a 403; forgetting is harmless
@require_POST
def quick_exit(request: HttpRequest) -> HttpResponseRedirect:
    """Forget everything this visitor answered and leave for a neutral site.

    Works without JavaScript (a plain form POST); with JavaScript the page calls this in the
    background and leaves with location.replace.
    """
    request.session.flush()
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL, status=303)
    response["Cache-Control"] = "no-store"
    return response


#: Crawlers may index the public pages, not the questionnaire steps, advice or admin.
ROBOTS = "User-agent: *\nDisallow: /vragen/\nDisallow: /advies/\nDisallow: /admin/\n"


def robots_txt(request: HttpRequest) -> HttpResponse:
    """`/robots.txt`. Also the trivial view `bench/load` measures as its baseline: the whole
    middleware stack, no database, no template."""
    return HttpResponse(ROBOTS, content_type="text/plain; charset=utf-8")
