-- every request a new query string, so the output cache never answers: the cost of rendering the page
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?miss=" .. math.random(1, 1000000000) .. "-" .. counter)
end
